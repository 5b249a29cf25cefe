package cn.shuangsuiji.registry.application.port.out;

import cn.shuangsuiji.registry.domain.importing.FileFormat;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** Streams CSV and XLSX files row by row, never holding a whole file in memory. */
public interface TabularFiles {

    /** The header and the number of data rows; a file that is not readable as the format is a problem. */
    record Structure(List<String> header, long dataRows) {
    }

    /** One data row: its line (row) number, 1 being the header, and its cells. */
    interface RowHandler {
        void row(long line, List<String> cells);
    }

    /** Reads the whole file once to check it parses; throws {@code IMPORT_FILE_MALFORMED} if it does not. */
    Structure inspect(Path file, FileFormat format);

    void read(Path file, FileFormat format, RowHandler handler);

    /** Writes rows produced by {@code rows} (each call of the sink writes one row). */
    void write(OutputStream out, FileFormat format, List<String> header, Consumer<Consumer<List<String>>> rows);
}
