package org.uniregion.audit;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An entry as the API and the page show it, with before and after as JSON objects.
 */
record AuditEntryView(long seq, Instant occurredAt, String actor, String action, String entityType, String entityId,
		@Nullable JsonNode before, @Nullable JsonNode after, String prevHash, String hash) {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
		.withZone(ZoneId.systemDefault());

	static AuditEntryView of(AuditEntry e) {
		return new AuditEntryView(e.seq(), e.occurredAt(), e.actor(), e.action(), e.entityType(), e.entityId(),
				parse(e.before()), parse(e.after()), e.prevHash(), e.hash());
	}

	private static @Nullable JsonNode parse(@Nullable String text) {
		if (text == null) {
			return null;
		}
		try {
			return json.readTree(text);
		}
		catch (RuntimeException ex) {
			// A stored value that is not JSON (only after tampering) is still shown, as text.
			return json.getNodeFactory().stringNode(text);
		}
	}

	/** When, in the server's time zone, to the second. */
	@JsonIgnore
	public String occurredAtLocal() {
		return LOCAL.format(this.occurredAt);
	}

	/** One row per property, in the entity's order: what it was and what it became. */
	@JsonIgnore
	public List<PropertyChange> changes() {
		Set<String> names = new LinkedHashSet<>();
		if (this.after != null) {
			this.after.propertyNames().forEach(names::add);
		}
		if (this.before != null) {
			this.before.propertyNames().forEach(names::add);
		}
		List<PropertyChange> rows = new ArrayList<>();
		for (String name : names) {
			rows.add(new PropertyChange(name, text(this.before, name), text(this.after, name)));
		}
		return rows;
	}

	private static @Nullable String text(@Nullable JsonNode node, String property) {
		if (node == null || !node.has(property)) {
			return null;
		}
		JsonNode v = node.get(property);
		if (v.isNull()) {
			return "null";
		}
		return v.isString() ? v.asString() : v.toString();
	}

	/** A property's value before and after ({@code null}: the side does not exist, e.g. before a creation). */
	record PropertyChange(String property, @Nullable String before, @Nullable String after) {
	}

}
