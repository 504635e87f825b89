package org.uniregion.demand;

import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.uniregion.platform.RegionCodes;

/** Query pieces of the demand list: text search, region filter, and the whitelist of sort properties. */
@Component
class DemandQueries {

	static final Set<String> SORTABLE = Set.of("id", "title", "status", "regionCode", "industryCode", "budget",
			"deadline", "createdAt");

	private final MessageSource messages;

	DemandQueries(MessageSource messages) {
		this.messages = messages;
	}

	/** The pageable with an id tie-breaker (stable pages); 400 for a property not in the whitelist. */
	Pageable checkSort(Pageable pageable) {
		for (Sort.Order order : pageable.getSort()) {
			if (!SORTABLE.contains(order.getProperty())) {
				Locale locale = LocaleContextHolder.getLocale();
				ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, this.messages.getMessage(
						"demand.sort.unknown", new Object[] { order.getProperty(), String.join(", ", new java.util.TreeSet<>(SORTABLE)) },
						locale));
				p.setTitle(this.messages.getMessage("error.validation.title", null, "Bad request", locale));
				p.setProperty("code", "demand.sort.unknown");
				throw new ErrorResponseException(HttpStatus.BAD_REQUEST, p, null);
			}
		}
		if (pageable.isPaged() && pageable.getSort().getOrderFor("id") == null) {
			return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), pageable.getSort().and(Sort.by("id")));
		}
		return pageable;
	}

	/** The “property,direction” of the first order, for the sortable headers of a page. */
	static String current(Pageable pageable) {
		for (Sort.Order o : pageable.getSort()) {
			return o.getProperty() + "," + o.getDirection().name().toLowerCase(Locale.ROOT);
		}
		return "";
	}

	/** Records in the region and below it (“320200” → codes starting with “3202”); a non-code matches nothing. */
	static <T> Specification<T> regionBelow(String attribute, @Nullable String region) {
		if (region == null || region.isBlank()) {
			return (root, query, cb) -> cb.conjunction();
		}
		String r = region.trim();
		String prefix = !r.matches("\\d{2,6}") ? "-" : r.length() == 6 ? RegionCodes.prefix(r) : r;
		return (root, query, cb) -> cb.like(root.get(attribute), prefix + "%");
	}

}
