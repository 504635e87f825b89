package org.uniregion.partner;

import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Lists sort only by the properties they whitelist; anything else is a bad request, not a database error.
 */
@Component
class Sorting {

	static final Set<String> ORGANIZATION = Set.of("id", "nameZh", "nameEn", "type", "regionCode", "createdAt");

	static final Set<String> AGREEMENT = Set.of("id", "title", "status", "regionCode", "signingDate", "startDate",
			"endDate", "createdAt");

	private final MessageSource messages;

	Sorting(MessageSource messages) {
		this.messages = messages;
	}

	/** The pageable, with an id tie-breaker so that pages are stable; throws 400 for an unknown property. */
	Pageable check(Pageable pageable, Set<String> allowed) {
		for (Sort.Order order : pageable.getSort()) {
			if (!allowed.contains(order.getProperty())) {
				Locale locale = LocaleContextHolder.getLocale();
				ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, this.messages.getMessage(
						"partner.sort.unknown", new Object[] { order.getProperty(), String.join(", ", allowed) }, locale));
				p.setTitle(this.messages.getMessage("error.validation.title", null, "Bad request", locale));
				p.setProperty("code", "partner.sort.unknown");
				throw new ErrorResponseException(HttpStatus.BAD_REQUEST, p, null);
			}
		}
		if (pageable.getSort().getOrderFor("id") == null && pageable.isPaged()) {
			return org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
					pageable.getSort().and(Sort.by("id")));
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

}
