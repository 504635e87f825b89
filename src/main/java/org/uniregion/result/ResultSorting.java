package org.uniregion.result;

import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/** Result lists sort only by whitelisted properties; anything else is a bad request, not a database error. */
@Component
class ResultSorting {

	static final Set<String> ALLOWED = Set.of("id", "title", "type", "trl", "visibility", "createdAt", "updatedAt");

	private final MessageSource messages;

	ResultSorting(MessageSource messages) {
		this.messages = messages;
	}

	/** The pageable with an id tie-breaker so that pages are stable; 400 for an unknown property. */
	Pageable check(Pageable pageable) {
		for (Sort.Order order : pageable.getSort()) {
			if (!ALLOWED.contains(order.getProperty())) {
				Locale locale = LocaleContextHolder.getLocale();
				ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, this.messages.getMessage(
						"result.sort.unknown", new Object[] { order.getProperty(), String.join(", ", ALLOWED) }, locale));
				p.setTitle(this.messages.getMessage("error.validation.title", null, "Bad request", locale));
				p.setProperty("code", "result.sort.unknown");
				throw new ErrorResponseException(HttpStatus.BAD_REQUEST, p, null);
			}
		}
		if (pageable.isPaged() && pageable.getSort().getOrderFor("id") == null) {
			return PageRequest.of(pageable.getPageNumber(), Math.min(pageable.getPageSize(), 100),
					pageable.getSort().and(Sort.by(Sort.Direction.DESC, "id")));
		}
		return pageable;
	}

	/** The property and direction of the first order (property,direction), for the sortable headers of a page. */
	static String current(Pageable pageable) {
		for (Sort.Order o : pageable.getSort()) {
			return o.getProperty() + "," + o.getDirection().name().toLowerCase(Locale.ROOT);
		}
		return "";
	}

}
