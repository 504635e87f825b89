package org.uniregion.audit;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * How a plain property value is written into an entry's JSON: numbers and booleans as such, enums by
 * name, dates and times as ISO-8601, {@link BigDecimal} as a string (so that no JSON reader rounds it),
 * binary content as its size and SHA-256 (never the bytes), several values (an array column) as an array of
 * these, anything else by its {@code toString()}.
 */
final class AuditValues {

	static final String REDACTED = "[redacted]";

	private static final JsonNodeFactory nodes = JsonNodeFactory.instance;

	private AuditValues() {
	}

	static JsonNode scalar(@Nullable Object value) {
		if (value == null) {
			return nodes.nullNode();
		}
		if (value instanceof String s) {
			return nodes.stringNode(s);
		}
		if (value instanceof Boolean b) {
			return nodes.booleanNode(b);
		}
		if (value instanceof BigDecimal d) {
			return nodes.stringNode(d.toPlainString());
		}
		if (value instanceof BigInteger i) {
			return nodes.stringNode(i.toString());
		}
		if (value instanceof Long l) {
			return nodes.numberNode(l);
		}
		if (value instanceof Integer i) {
			return nodes.numberNode(i);
		}
		if (value instanceof Short s) {
			return nodes.numberNode(s);
		}
		if (value instanceof Byte b) {
			return nodes.numberNode(b);
		}
		if (value instanceof Double d) {
			return nodes.numberNode(d);
		}
		if (value instanceof Float f) {
			return nodes.numberNode(f);
		}
		if (value instanceof Enum<?> e) {
			return nodes.stringNode(e.name());
		}
		if (value instanceof byte[] bytes) {
			return binary(bytes);
		}
		if (value instanceof java.sql.Date d) {
			return nodes.stringNode(d.toLocalDate().toString());
		}
		if (value instanceof java.sql.Time t) {
			return nodes.stringNode(t.toLocalTime().toString());
		}
		if (value instanceof Date d) {
			return nodes.stringNode(Instant.ofEpochMilli(d.getTime()).toString());
		}
		if (value instanceof Calendar c) {
			return nodes.stringNode(c.toInstant().toString());
		}
		if (value instanceof TemporalAccessor || value instanceof java.time.Duration || value instanceof java.time.Period) {
			// java.time's toString() is ISO-8601 for every type
			return nodes.stringNode(value.toString());
		}
		if (value instanceof Collection<?> c) {
			return array(c, !(c instanceof List));
		}
		if (value instanceof Object[] a) {
			return array(Arrays.asList(a), false);
		}
		return nodes.stringNode(value.toString());
	}

	/**
	 * A basic property holding several values (a {@code text[]} column): an array of its values, so that
	 * {@code ["a, b"]} and {@code ["a", "b"]} stay apart; an unordered collection in a stable order.
	 */
	private static ArrayNode array(Collection<?> values, boolean sort) {
		ArrayNode a = nodes.arrayNode();
		var elements = values.stream().map(AuditValues::scalar);
		(sort ? elements.sorted(Comparator.comparing(JsonNode::toString)) : elements).forEach(a::add);
		return a;
	}

	static ObjectNode binary(byte[] bytes) {
		ObjectNode n = nodes.objectNode();
		n.put("size", bytes.length);
		n.put("sha256", ChainHash.sha256(bytes));
		return n;
	}

	static JsonNode redacted(@Nullable Object value) {
		return value == null ? nodes.nullNode() : nodes.stringNode(REDACTED);
	}

}
