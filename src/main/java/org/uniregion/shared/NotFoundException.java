package org.uniregion.shared;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;

/**
 * The record does not exist, or the caller may not know that it exists (answered the same way on purpose).
 * Answered as a 404 of problem type {@link #TYPE}, which tells a missing or hidden record from a path that
 * names no endpoint or page at all.
 */
public class NotFoundException extends DomainException {

	/** The problem type of every "no such record" answer, API and page alike. */
	public static final URI TYPE = URI.create("urn:uniregion:problem:record-not-found");

	public NotFoundException(String code, Object... args) {
		super(code, args);
	}

	/**
	 * No {@code what} (a kind of record, named as in {@code resource.<what>} of the messages: "research result",
	 * "科技成果") with this id; the id is shown as given, never number-formatted.
	 */
	public static NotFoundException of(String what, Object id) {
		return new NotFoundException("error.notFound", new Label("resource." + what), String.valueOf(id));
	}

	/** A message argument that is itself resolved in the caller's language. */
	record Label(String code) implements MessageSourceResolvable {

		@Override
		public String[] getCodes() {
			return new String[] { this.code };
		}

		@Override
		public @Nullable String getDefaultMessage() {
			return this.code.substring(this.code.indexOf('.') + 1).replace('_', ' ');
		}

		@Override
		public String toString() {
			return getDefaultMessage();
		}

	}

}
