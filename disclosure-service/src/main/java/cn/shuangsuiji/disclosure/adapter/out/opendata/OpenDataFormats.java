package cn.shuangsuiji.disclosure.adapter.out.opendata;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two formats of a dataset, written record by record to a stream: JSON Lines (one record per line) and CSV
 * (columns = the first record's top-level fields, nested values as JSON, cells that a spreadsheet would run as a
 * formula prefixed with {@code '}).
 */
final class OpenDataFormats {

    private static final JsonMapper JSON = JsonMapper.builder().disable(SerializationFeature.INDENT_OUTPUT).build();
    private static final byte[] CRLF = "\r\n".getBytes(StandardCharsets.US_ASCII);

    private OpenDataFormats() {
    }

    static void jsonLines(List<?> records, OutputStream out) {
        try {
            for (Object record : records) {
                out.write(JSON.writeValueAsBytes(record));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void csv(List<?> records, OutputStream out) {
        try {
            List<String> columns = null;
            for (Object record : records) {
                JsonNode node = JSON.valueToTree(record);
                if (columns == null) {
                    columns = new ArrayList<>();
                    for (Iterator<String> names = node.propertyNames().iterator(); names.hasNext(); ) {
                        columns.add(names.next());
                    }
                    out.write(String.join(",", columns).getBytes(StandardCharsets.UTF_8));
                    out.write(CRLF);
                }
                List<String> cells = new ArrayList<>(columns.size());
                for (String column : columns) {
                    JsonNode value = node.get(column);
                    String text = value == null || value.isNull() ? "" : value.isValueNode() ? value.asString()
                            : JSON.writeValueAsString(value);
                    cells.add(cell(text));
                }
                out.write(String.join(",", cells).getBytes(StandardCharsets.UTF_8));
                out.write(CRLF);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cell(String text) {
        if (text.isEmpty()) {
            return "";
        }
        String safe = text.matches("^[=+\\-@].*") ? "'" + text : text;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
