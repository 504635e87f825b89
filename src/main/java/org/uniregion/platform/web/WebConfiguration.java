package org.uniregion.platform.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.data.web.SortHandlerMethodArgumentResolver;
import org.springframework.data.web.config.EnableSpringDataWebSupport;
import org.springframework.data.web.config.PageableHandlerMethodArgumentResolverCustomizer;
import org.springframework.data.web.config.SortHandlerMethodArgumentResolverCustomizer;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.HttpMethod;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.uniregion.platform.AccessPolicy;

/**
 * Language: 简体中文 or English, chosen with {@code ?lang=zh-CN|en} and remembered in a cookie for a year;
 * before any choice, the browser's preference decides (Chinese unless it prefers English).
 * Lists in the API are serialized as {@code {"content": [...], "page": {...}}}. Enum parameters accept any case
 * ({@link LenientEnumConverterFactory}).
 * <p>
 * Static files are served under their own paths only ({@link #STATIC_PATHS}), not at {@code /**}: every link a
 * page renders goes through the resource URL provider (to version the webjars' links), and with a {@code /**}
 * mapping each of them, {@code /results?page=2} as much as {@code /css/app.css}, was probed as a file in five
 * places on the classpath, a miss that nothing caches. Now only links under these paths are looked at, and what
 * they resolve to is cached (the resource chain's cache).
 */
@Configuration(proxyBeanMethods = false)
@EnableSpringDataWebSupport(pageSerializationMode = EnableSpringDataWebSupport.PageSerializationMode.VIA_DTO)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	/** The paths under which static files are served, and where each finds its files. */
	static final Map<String, String> STATIC_PATHS = Map.of("/css/**", "classpath:/static/css/", "/js/**",
			"classpath:/static/js/", "/img/**", "classpath:/static/img/", "/webjars/**", "classpath:/META-INF/resources/webjars/");

	private final AccessPolicy policy;

	WebConfiguration(AccessPolicy policy) {
		this.policy = policy;
	}

	@Bean
	static PagingResolvers pagingResolvers(ObjectProvider<SortHandlerMethodArgumentResolver> sortResolver,
			ObjectProvider<SortHandlerMethodArgumentResolverCustomizer> sortCustomizer,
			ObjectProvider<PageableHandlerMethodArgumentResolverCustomizer> pageableCustomizer) {
		return new PagingResolvers(sortResolver, sortCustomizer, pageableCustomizer);
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("uniregion-lang");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction(request -> supported(request.getLocale()));
		return resolver;
	}

	static Locale supported(Locale requested) {
		return "en".equals(requested.getLanguage()) ? Locale.ENGLISH : CHINESE;
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverterFactory(new LenientEnumConverterFactory());
	}

	/**
	 * Replaces Boot's default handlers ({@code spring.web.resources.add-mappings=false}) with the same handling under
	 * the static paths only: files answered with Last-Modified, resolutions cached, webjars' links and files found
	 * with or without their version (the chain adds the webjars resolver by itself).
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		STATIC_PATHS.forEach((pattern, location) -> registry.addResourceHandler(pattern)
			.addResourceLocations(location)
			.resourceChain(true));
	}

	/**
	 * Any other address that no controller answers is not found, whatever the method, as when static files were
	 * looked for everywhere: answered by the error page (or problem), with nothing logged above debug.
	 */
	@Bean
	SimpleUrlHandlerMapping noSuchAddressHandlerMapping() {
		HttpRequestHandler notFound = (request, response) -> {
			throw new NoResourceFoundException(HttpMethod.valueOf(request.getMethod()), request.getRequestURI(),
					request.getRequestURI());
		};
		return new SimpleUrlHandlerMapping(Map.of("/**", notFound), Ordered.LOWEST_PRECEDENCE);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor() {
			@Override
			protected Locale parseLocaleValue(String localeValue) {
				Locale parsed = super.parseLocaleValue(localeValue);
				return parsed == null ? null : supported(parsed);
			}
		};
		change.setParamName("lang");
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change);
		registry.addInterceptor(new LayoutModel(this.policy));
	}

}
