package org.uniregion.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;

import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with a command, reported rather than thrown (e.g. for the rows of a bulk import): the field
 * it concerns, a message code and its arguments. Bean-validation constraints are reported with the code
 * {@code validation.<Constraint>} (e.g. {@code validation.Size}) and the constraint's limits as arguments.
 */
public record FieldViolation(@Nullable String field, String code, List<String> args) {

	public static FieldViolation of(DomainException ex) {
		String field = ex instanceof BusinessRuleException b ? b.field() : null;
		List<String> args = new ArrayList<>();
		for (Object a : ex.args()) {
			args.add(String.valueOf(a));
		}
		return new FieldViolation(field, ex.code(), args);
	}

	public static List<FieldViolation> of(Collection<? extends ConstraintViolation<?>> violations) {
		List<FieldViolation> out = new ArrayList<>();
		for (ConstraintViolation<?> v : violations) {
			String field = null;
			for (Path.Node node : v.getPropertyPath()) {
				field = node.getName();
				break;
			}
			Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
			String constraint = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
			List<String> args = new ArrayList<>();
			for (String name : List.of("min", "max", "value", "integer", "fraction")) {
				Object a = attributes.get(name);
				if (a != null) {
					args.add(String.valueOf(a));
				}
			}
			out.add(new FieldViolation(field, "validation." + constraint, args));
		}
		return out;
	}

}
