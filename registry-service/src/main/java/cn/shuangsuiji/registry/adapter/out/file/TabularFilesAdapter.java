package cn.shuangsuiji.registry.adapter.out.file;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import cn.shuangsuiji.registry.application.port.out.TabularFiles;
import cn.shuangsuiji.registry.domain.importing.FileFormat;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.springframework.stereotype.Component;

/**
 * CSV (Apache Commons CSV, UTF-8, optional BOM) and XLSX (dhatim fastexcel, first sheet) read and written as
 * streams: neither a whole file nor a whole sheet is held in memory.
 */
@Component
class TabularFilesAdapter implements TabularFiles {

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    @Override
    public Structure inspect(Path file, FileFormat format) {
        List<String>[] header = new List[1];
        long[] rows = new long[1];
        readInternal(file, format, (line, cells) -> {
            if (header[0] == null) {
                header[0] = cells;
            } else {
                rows[0]++;
            }
        }, true);
        if (header[0] == null) {
            throw malformed("文件为空，没有表头");
        }
        return new Structure(header[0], rows[0]);
    }

    @Override
    public void read(Path file, FileFormat format, RowHandler handler) {
        boolean[] first = {true};
        readInternal(file, format, (line, cells) -> {
            if (first[0]) {
                first[0] = false;
            } else {
                handler.row(line, cells);
            }
        }, false);
    }

    private void readInternal(Path file, FileFormat format, RowHandler handler, boolean checking) {
        try {
            if (format == FileFormat.CSV) {
                readCsv(file, handler);
            } else {
                readXlsx(file, handler);
            }
        } catch (DomainProblem e) {
            throw e;
        } catch (CharacterCodingException e) {
            throw malformed("文件不是 UTF-8 编码的文本");
        } catch (IOException | UncheckedIOException e) {
            throw malformed(format == FileFormat.CSV ? "CSV 格式错误：" + e.getMessage()
                    : "不是有效的 XLSX 文件：" + e.getMessage());
        } catch (RuntimeException e) {
            if (!checking) {
                throw e;
            }
            throw malformed("文件无法解析：" + e.getMessage());
        }
    }

    private static void readCsv(Path file, RowHandler handler) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            if (head.length >= 2 && head[0] == 'P' && head[1] == 'K') {
                throw malformed("文件是压缩包（可能是 XLSX），不是 CSV");
            }
        }
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16);
             CSVParser parser = CSV.parse(reader)) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cells::add);
                if (record.getRecordNumber() == 1 && !cells.isEmpty()) {
                    cells.set(0, cells.get(0).replace("\uFEFF", ""));
                }
                handler.row(record.getRecordNumber(), cells);
            }
        }
    }

    private static void readXlsx(Path file, RowHandler handler) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            Sheet sheet = workbook.getFirstSheet();
            try (Stream<Row> rows = sheet.openStream()) {
                rows.forEach(row -> {
                    List<String> cells = new ArrayList<>(row.getCellCount());
                    for (int i = 0; i < row.getCellCount(); i++) {
                        Cell cell = row.getCell(i);
                        cells.add(cell == null ? null : cell.getText());
                    }
                    if (cells.stream().anyMatch(c -> c != null && !c.isBlank())) {
                        handler.row(row.getRowNum(), cells);
                    }
                });
            }
        }
    }

    private static DomainProblem malformed(String detail) {
        return new DomainProblem(ProblemKind.BAD_REQUEST, "IMPORT_FILE_MALFORMED", "文件格式错误", detail);
    }

    @Override
    public void write(OutputStream out, FileFormat format, List<String> header,
                      Consumer<Consumer<List<String>>> rows) {
        try {
            if (format == FileFormat.CSV) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
                printer.printRecord(header);
                rows.accept(cells -> {
                    try {
                        printer.printRecord(cells);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                printer.flush();
            } else {
                Workbook workbook = new Workbook(out, "shuangsuiji", "1.0");
                Worksheet sheet = workbook.newWorksheet("Sheet1");
                int[] r = {0};
                writeRow(sheet, 0, header);
                rows.accept(cells -> {
                    r[0]++;
                    writeRow(sheet, r[0], cells);
                    if (r[0] % 1000 == 0) {
                        try {
                            sheet.flush();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                });
                workbook.finish();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeRow(Worksheet sheet, int row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            if (cells.get(c) != null) {
                sheet.value(row, c, cells.get(c));
            }
        }
    }
}
