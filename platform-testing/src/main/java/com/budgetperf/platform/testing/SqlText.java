package com.budgetperf.platform.testing;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * Finds SQL statements among the string constants of a compiled class: ArchUnit sees no string literals, so the
 * constant pool of the class file is read (every text the class holds, text blocks and concatenation recipes
 * included) and matched against the shapes of SQL statements.
 */
final class SqlText {

    /** The start of a statement: select … from, insert into, update … set, delete from, DDL, locks, savepoints. */
    static final Pattern STATEMENT = Pattern.compile("(?is)\\b(select\\s.+?\\sfrom\\s|insert\\s+into\\s|delete\\s+from\\s"
            + "|update\\s+\\S+\\s+set\\s|(create|alter|drop)\\s+(table|index|extension)\\s|lock\\s+table\\s"
            + "|savepoint\\s+[a-z_]+|with\\s+[a-z_]+\\s+as\\s*\\(\\s*select\\s)");

    private SqlText() {
    }

    /** Holds no SQL statement among its string constants. */
    static ArchCondition<JavaClass> holdNoSqlStatement() {
        return new ArchCondition<>("hold no SQL statement among their string constants") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                statementIn(item).ifPresent(text -> events.add(SimpleConditionEvent.violated(item,
                        item.getName() + " holds SQL text: \"" + abbreviated(text) + "\"")));
            }
        };
    }

    static Optional<String> statementIn(JavaClass javaClass) {
        if (javaClass.getSource().isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = javaClass.getSource().get().getUri().toURL().openStream()) {
            return constants(in).stream().filter(text -> STATEMENT.matcher(text).find()).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + javaClass.getName(), e);
        }
    }

    /** The CONSTANT_Utf8 entries of a class file (JVMS §4.4). */
    static List<String> constants(InputStream classFile) throws IOException {
        DataInputStream in = new DataInputStream(classFile);
        in.readInt();
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        List<String> texts = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> texts.add(in.readUTF());
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    i++;
                }
                case 7, 8, 16, 19, 20 -> in.skipBytes(2);
                case 15 -> in.skipBytes(3);
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        return texts;
    }

    private static String abbreviated(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() > 80 ? line.substring(0, 80) + "…" : line;
    }
}
