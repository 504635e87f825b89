package org.uniregion.platform.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.MethodParameter;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableHandlerMethodArgumentResolver;
import org.springframework.data.web.SortHandlerMethodArgumentResolver;
import org.springframework.data.web.config.PageableHandlerMethodArgumentResolverCustomizer;
import org.springframework.data.web.config.SortHandlerMethodArgumentResolverCustomizer;

/**
 * Spring Data's resolvers of {@code Pageable} and {@code Sort} parameters, with what they read from a parameter's
 * annotations ({@code @Qualifier}, {@code @PageableDefault}, {@code @SortDefault}) read once per parameter instead of
 * on every request: that look-up took about 8% of the CPU of a small API list (load test, issue 9). They replace
 * the beans Spring Data defines ({@code sortResolver}, {@code pageableResolver}), configured the same way (the same
 * customizers), so that everything else, parsing the request's {@code page}, {@code size} and {@code sort}
 * included, stays Spring Data's.
 */
final class PagingResolvers implements BeanPostProcessor {

	private final ObjectProvider<SortHandlerMethodArgumentResolver> sortResolver;

	private final ObjectProvider<SortHandlerMethodArgumentResolverCustomizer> sortCustomizer;

	private final ObjectProvider<PageableHandlerMethodArgumentResolverCustomizer> pageableCustomizer;

	PagingResolvers(ObjectProvider<SortHandlerMethodArgumentResolver> sortResolver,
			ObjectProvider<SortHandlerMethodArgumentResolverCustomizer> sortCustomizer,
			ObjectProvider<PageableHandlerMethodArgumentResolverCustomizer> pageableCustomizer) {
		this.sortResolver = sortResolver;
		this.sortCustomizer = sortCustomizer;
		this.pageableCustomizer = pageableCustomizer;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
		if (bean.getClass() == PageableHandlerMethodArgumentResolver.class) {
			CachingPageableResolver resolver = new CachingPageableResolver(this.sortResolver.getObject());
			this.pageableCustomizer.ifAvailable(c -> c.customize(resolver));
			return resolver;
		}
		if (bean.getClass() == SortHandlerMethodArgumentResolver.class) {
			CachingSortResolver resolver = new CachingSortResolver();
			this.sortCustomizer.ifAvailable(c -> c.customize(resolver));
			return resolver;
		}
		return bean;
	}

	/** The request parameter names of a {@code Pageable} parameter (they depend on its qualifier), looked up once. */
	static final class CachingPageableResolver extends PageableHandlerMethodArgumentResolver {

		private final Map<NameKey, String> names = new ConcurrentHashMap<>();

		CachingPageableResolver(SortHandlerMethodArgumentResolver sortResolver) {
			super(sortResolver);
		}

		@Override
		protected String getParameterNameToUse(String source, @Nullable MethodParameter parameter) {
			if (parameter == null) {
				return super.getParameterNameToUse(source, null);
			}
			return this.names.computeIfAbsent(new NameKey(source, parameter),
					k -> super.getParameterNameToUse(k.source(), k.parameter()));
		}

		private record NameKey(String source, MethodParameter parameter) {
		}

	}

	/** The sort parameter's name and the default sort of a parameter, looked up once. */
	static final class CachingSortResolver extends SortHandlerMethodArgumentResolver {

		private final Map<MethodParameter, String> names = new ConcurrentHashMap<>();

		private final Map<MethodParameter, Sort> defaults = new ConcurrentHashMap<>();

		@Override
		protected String getSortParameter(@Nullable MethodParameter parameter) {
			if (parameter == null) {
				return super.getSortParameter(null);
			}
			return this.names.computeIfAbsent(parameter, super::getSortParameter);
		}

		@Override
		protected Sort getDefaultFromAnnotationOrFallback(MethodParameter parameter) {
			return this.defaults.computeIfAbsent(parameter, super::getDefaultFromAnnotationOrFallback);
		}

	}

}
