package org.uniregion.accessmatrix;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.uniregion.support.ApiClient;
import org.uniregion.support.TestUsers;

/**
 * One endpoint or page, and what each user gets from it. {@link #pattern} is the mapping as declared in the
 * controller (used to prove that every endpoint has a row); the path and body may differ per user so that
 * a change allowed to one user does not spoil the request of the next.
 */
public final class AccessRow {

	public enum Kind {

		API, PAGE

	}

	private final Kind kind;

	private final String method;

	private final String pattern;

	private Function<TestUsers, String> path;

	private Function<TestUsers, Object> body = u -> null;

	private final Map<TestUsers, Expect> expectations = new EnumMap<>(TestUsers.class);

	private Expect otherwise = Expect.DENY;

	private BiConsumer<TestUsers, ApiClient.Response> check = (u, r) -> {
	};

	private AccessRow(Kind kind, String method, String pattern) {
		this.kind = kind;
		this.method = method;
		this.pattern = pattern;
		this.path = u -> pattern;
	}

	/** A REST call, made with the user's personal access token. */
	public static AccessRow api(String method, String pattern) {
		return new AccessRow(Kind.API, method, pattern);
	}

	/** A web page or form, requested in the user's logged-in browser session (forms carry the CSRF token). */
	public static AccessRow page(String method, String pattern) {
		return new AccessRow(Kind.PAGE, method, pattern);
	}

	public AccessRow path(String concrete) {
		this.path = u -> concrete;
		return this;
	}

	public AccessRow path(Function<TestUsers, String> perUser) {
		this.path = perUser;
		return this;
	}

	/** For API rows: a JSON string or an object to serialize. For page rows: a {@code Map<String, String>} of form fields. */
	public AccessRow body(Object body) {
		this.body = u -> body;
		return this;
	}

	public AccessRow body(Function<TestUsers, Object> perUser) {
		this.body = perUser;
		return this;
	}

	public AccessRow allow(TestUsers... users) {
		return expect(Expect.ALLOW, users);
	}

	public AccessRow deny(TestUsers... users) {
		return expect(Expect.DENY, users);
	}

	public AccessRow hidden(TestUsers... users) {
		return expect(Expect.HIDDEN, users);
	}

	public AccessRow expect(Expect expect, TestUsers... users) {
		for (TestUsers u : users) {
			this.expectations.put(u, expect);
		}
		return this;
	}

	/** What every user not named gets (DENY unless said otherwise). */
	public AccessRow otherwise(Expect expect) {
		this.otherwise = expect;
		return this;
	}

	/**
	 * An extra assertion on allowed answers, typically that no out-of-scope record is in a list. For page
	 * rows the response carries the HTML as its body.
	 */
	public AccessRow check(BiConsumer<TestUsers, ApiClient.Response> check) {
		this.check = check;
		return this;
	}

	public Kind kind() {
		return this.kind;
	}

	public String method() {
		return this.method;
	}

	public String pattern() {
		return this.pattern;
	}

	public String path(TestUsers user) {
		return this.path.apply(user);
	}

	public Object body(TestUsers user) {
		return this.body.apply(user);
	}

	public Expect expectation(TestUsers user) {
		return this.expectations.getOrDefault(user, this.otherwise);
	}

	public BiConsumer<TestUsers, ApiClient.Response> check() {
		return this.check;
	}

	@Override
	public String toString() {
		return this.kind + " " + this.method + " " + this.pattern;
	}

}
