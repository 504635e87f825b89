package org.uniregion.search;

import java.nio.file.Path;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.engine.environment.bean.BeanReference;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.uniregion.platform.DataDirectory;

/**
 * Hibernate Search has no Spring Boot auto-configuration: its settings are Hibernate properties. The index lives
 * in {@code uniregion.search.index-dir}, by default {@code <uniregion.data-dir>/index}, next to the embedded
 * database (it is derived data: deleting it only costs a rebuild).
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	static final String INDEX_DIR = "uniregion.search.index-dir";

	@Bean
	HibernatePropertiesCustomizer searchProperties(Environment env) {
		Path indexDir = indexDirectory(env);
		LuceneAnalysisConfigurer analysis = context -> {
			context.analyzer(Analyzers.TEXT).instance(Analyzers.bilingual());
			context.normalizer(Analyzers.SORT).custom().tokenFilter(LowerCaseFilterFactory.class);
		};
		return properties -> {
			properties.put("hibernate.search.backend.directory.root", indexDir.toString());
			properties.put("hibernate.search.backend.lucene_version", "LUCENE_9_12_3");
			properties.put("hibernate.search.backend.analysis.configurer", BeanReference.ofInstance(analysis));
			// Index changes are committed to disk before the transaction's caller gets its answer.
			properties.put("hibernate.search.indexing.plan.synchronization.strategy", "write-sync");
		};
	}

	static Path indexDirectory(Environment env) {
		String configured = env.getProperty(INDEX_DIR);
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured).toAbsolutePath().normalize();
		}
		return DataDirectory.resolve(env).resolve("index");
	}

}
