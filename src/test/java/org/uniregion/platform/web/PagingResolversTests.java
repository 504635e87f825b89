package org.uniregion.platform.web;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PageableHandlerMethodArgumentResolver;
import org.springframework.data.web.SortDefault;
import org.springframework.data.web.SortHandlerMethodArgumentResolver;
import org.springframework.data.web.config.PageableHandlerMethodArgumentResolverCustomizer;
import org.springframework.data.web.config.SortHandlerMethodArgumentResolverCustomizer;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The caching resolvers answer exactly as Spring Data's own, for every kind of parameter and request, again and again
 * (the second answer comes from what the first cached), and are configured by the same customizers.
 */
class PagingResolversTests {

	@SuppressWarnings("unused")
	void plain(Pageable pageable) {
	}

	@SuppressWarnings("unused")
	void withDefaults(@PageableDefault(size = 7, sort = "endDate", direction = Sort.Direction.DESC) Pageable pageable) {
	}

	@SuppressWarnings("unused")
	void twoQualified(@Qualifier("left") Pageable left, @Qualifier("right") @PageableDefault(size = 3) Pageable right) {
	}

	@SuppressWarnings("unused")
	void sortOnly(@SortDefault(sort = "name", direction = Sort.Direction.ASC) Sort sort) {
	}

	static final List<Map<String, String[]>> REQUESTS = List.of(Map.of(),
			Map.of("page", new String[] { "2" }, "size", new String[] { "15" }),
			Map.of("page", new String[] { "-1" }, "size", new String[] { "100000" }),
			Map.of("page", new String[] { "x" }, "size", new String[] { "0" }),
			Map.of("sort", new String[] { "title,desc", "id" }),
			Map.of("left_page", new String[] { "4" }, "right_size", new String[] { "9" }, "right_sort", new String[] { "a,desc" }),
			Map.of("sort", new String[] { "name,desc" }, "size", new String[] { "5" }));

	@Test
	void answersAsSpringDataDoesForEveryParameterAndRequest() throws Exception {
		PagingResolvers.CachingSortResolver cachingSort = new PagingResolvers.CachingSortResolver();
		PagingResolvers.CachingPageableResolver caching = new PagingResolvers.CachingPageableResolver(cachingSort);
		SortHandlerMethodArgumentResolver springSort = new SortHandlerMethodArgumentResolver();
		PageableHandlerMethodArgumentResolver spring = new PageableHandlerMethodArgumentResolver(springSort);
		caching.setMaxPageSize(100);
		spring.setMaxPageSize(100);

		List<MethodParameter> pageables = List.of(parameter("plain", 0, Pageable.class),
				parameter("withDefaults", 0, Pageable.class), parameter("twoQualified", 0, Pageable.class, Pageable.class),
				parameter("twoQualified", 1, Pageable.class, Pageable.class));
		MethodParameter sort = parameter("sortOnly", 0, Sort.class);
		for (int round = 0; round < 2; round++) {
			for (Map<String, String[]> params : REQUESTS) {
				ServletWebRequest request = request(params);
				for (MethodParameter p : pageables) {
					assertThat(caching.resolveArgument(p, null, request, null)).as("%s %s", p, params.keySet())
						.isEqualTo(spring.resolveArgument(p, null, request, null));
				}
				assertThat(cachingSort.resolveArgument(sort, null, request, null))
					.isEqualTo(springSort.resolveArgument(sort, null, request, null));
			}
		}
		// Not vacuous: the requests do reach the answers.
		assertThat(caching.resolveArgument(pageables.get(2), null, request(REQUESTS.get(5)), null).getPageNumber())
			.isEqualTo(4);
		assertThat(caching.resolveArgument(pageables.get(3), null, request(REQUESTS.get(5)), null))
			.satisfies(p -> assertThat(p.getPageSize()).isEqualTo(9))
			.satisfies(p -> assertThat(p.getSort()).isEqualTo(Sort.by(Sort.Direction.DESC, "a")));
		assertThat(caching.resolveArgument(pageables.get(1), null, request(Map.of()), null))
			.isEqualTo(org.springframework.data.domain.PageRequest.of(0, 7, Sort.by(Sort.Direction.DESC, "endDate")));
	}

	@Test
	void replacesSpringDatasResolversWithCachingOnesConfiguredByTheSameCustomizers() {
		StaticApplicationContext context = new StaticApplicationContext();
		SortHandlerMethodArgumentResolverCustomizer sortCustomizer = r -> r.setSortParameter("order");
		PageableHandlerMethodArgumentResolverCustomizer pageableCustomizer = r -> r.setMaxPageSize(42);
		context.getBeanFactory().registerSingleton("sortCustomizer", sortCustomizer);
		context.getBeanFactory().registerSingleton("pageableCustomizer", pageableCustomizer);
		PagingResolvers processor = new PagingResolvers(
				context.getBeanProvider(SortHandlerMethodArgumentResolver.class),
				context.getBeanProvider(SortHandlerMethodArgumentResolverCustomizer.class),
				context.getBeanProvider(PageableHandlerMethodArgumentResolverCustomizer.class));
		Object sort = processor.postProcessAfterInitialization(new SortHandlerMethodArgumentResolver(), "sortResolver");
		assertThat(sort).isInstanceOf(PagingResolvers.CachingSortResolver.class);
		context.getBeanFactory().registerSingleton("sortResolver", sort);
		context.refresh();

		Object pageable = processor.postProcessAfterInitialization(
				new PageableHandlerMethodArgumentResolver(new SortHandlerMethodArgumentResolver()), "pageableResolver");
		assertThat(pageable).isInstanceOf(PagingResolvers.CachingPageableResolver.class);
		Pageable answer = ((PageableHandlerMethodArgumentResolver) pageable).resolveArgument(
				parameter("plain", 0, Pageable.class), null,
				request(Map.of("size", new String[] { "1000" }, "order", new String[] { "title,desc" })), null);
		assertThat(answer.getPageSize()).isEqualTo(42);
		assertThat(answer.getSort()).isEqualTo(Sort.by(Sort.Direction.DESC, "title"));
		Object other = new Object();
		assertThat(processor.postProcessAfterInitialization(other, "other")).isSameAs(other);
	}

	static MethodParameter parameter(String method, int index, Class<?>... types) {
		try {
			Method m = PagingResolversTests.class.getDeclaredMethod(method, types);
			return new MethodParameter(m, index);
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static ServletWebRequest request(Map<String, String[]> params) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/list");
		request.setParameters(params);
		return new ServletWebRequest(request);
	}

}
