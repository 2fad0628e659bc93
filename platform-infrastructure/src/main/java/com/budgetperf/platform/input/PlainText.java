package com.budgetperf.platform.input;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A text a person typed: no control characters (NUL, escape, bell, C1 controls; tab and line breaks are
 * allowed) and no lone UTF-16 surrogate. The violation carries the field's JSON pointer like any other.
 * {@code null} is valid (combine with {@code @NotBlank} where a text is required).
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE,
        ElementType.RECORD_COMPONENT, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    /** The violation's message, also for checks of the same rule outside Bean Validation (the UI's forms). */
    String MESSAGE = "不能包含控制字符（如 NUL、ESC）或无效的 Unicode 字符";

    String message() default MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<PlainText, CharSequence> {

        /** The first offending position of {@code text}, or -1 when it is plain (or null). */
        public static int firstControlCharacter(CharSequence text) {
            if (text == null) {
                return -1;
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
                boolean loneSurrogate = Character.isHighSurrogate(c)
                        ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
                        : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
                if (control || loneSurrogate || c == '\uFFFE' || c == '\uFFFF') {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return firstControlCharacter(value) < 0;
        }
    }
}
