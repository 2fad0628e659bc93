package com.budgetperf.submission.excel;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * What an uploaded .xlsx may cost before POI builds it in memory: a cheap streaming pass over the zip that stops
 * at the first broken bound, so a zip bomb or a sheet of 100,000 rows is refused in milliseconds with flat memory.
 * Bounds: an inflate ratio of at least 1 % per entry (as POI's own {@link ZipSecureFile}, which is set to the same
 * limits for the full read), {@value #MAX_ENTRY_BYTES} bytes per inflated entry, {@value #MAX_TOTAL_BYTES} in all,
 * {@value #MAX_ENTRIES} entries, and the row cap counted on each worksheet's XML while it streams.
 */
final class WorkbookBounds {

    static final double MIN_INFLATE_RATIO = 0.01;
    static final long MAX_ENTRY_BYTES = 50L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 150L * 1024 * 1024;
    static final int MAX_ENTRIES = 1000;
    /** Ratios are judged only once an entry has inflated this far (small XML parts compress very well). */
    private static final long RATIO_GRACE_BYTES = 1024 * 1024;

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private WorkbookBounds() {
    }

    /** The first bound the workbook breaks, as a problem for the clerk; empty when POI may read it. */
    static Optional<CellProblem> problem(byte[] xlsx, int maxRows) {
        Counted compressed = new Counted(new ByteArrayInputStream(xlsx));
        try (ZipInputStream zip = new ZipInputStream(compressed)) {
            long total = 0;
            int entries = 0;
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    return refuse("文件中的部件过多（最多 " + MAX_ENTRIES + " 个），不是本平台的绩效目标表");
                }
                Entry inflated = new Entry(zip, compressed, total);
                if (entry.getName().startsWith("xl/worksheets/") && entry.getName().endsWith(".xml")) {
                    long rows = rows(inflated, maxRows + 1);
                    if (rows > maxRows + 1) {
                        return refuse("每个工作表最多 " + maxRows + " 行（" + entry.getName() + " 超出），请删去多余的行");
                    }
                }
                inflated.transferTo(OutputStream.nullOutputStream());
                total += inflated.inflated;
            }
            return Optional.empty();
        } catch (IOException | XMLStreamException | RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof Refused refused) {
                    return refuse(refused.getMessage());
                }
            }
            return Optional.empty();   // not a zip or broken XML: POI says so in its own words
        }
    }

    /** Rows of one worksheet, counting at most {@code stopAfter + 1}; a row numbered past the cap counts as the cap. */
    private static long rows(InputStream sheetXml, int stopAfter) throws XMLStreamException {
        XMLStreamReader reader = XML.createXMLStreamReader(sheetXml);
        try {
            long rows = 0;
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && "row".equals(reader.getLocalName())) {
                    rows++;
                    String number = reader.getAttributeValue(null, "r");
                    if (number != null && (number.length() > 9 || Long.parseLong(number) > stopAfter)) {
                        return stopAfter + 1L;
                    }
                    if (rows > stopAfter) {
                        return rows;
                    }
                }
            }
            return rows;
        } catch (NumberFormatException e) {
            return 0;   // POI reports the broken sheet
        } finally {
            reader.close();
        }
    }

    private static Optional<CellProblem> refuse(String message) {
        return Optional.of(new CellProblem("文件", message));
    }

    private static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    /** The compressed bytes read so far. */
    private static final class Counted extends FilterInputStream {
        long count;

        Counted(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count += Math.max(n, 0);
            return n;
        }
    }

    /** One entry's inflated bytes, refused as soon as a bound breaks; never closes the zip. */
    private static final class Entry extends FilterInputStream {
        private final Counted compressed;
        private final long compressedAtStart;
        private final long totalBefore;
        long inflated;

        Entry(ZipInputStream zip, Counted compressed, long totalBefore) {
            super(zip);
            this.compressed = compressed;
            this.compressedAtStart = compressed.count;
            this.totalBefore = totalBefore;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                inflated += n;
                check();
            }
            return n;
        }

        private void check() {
            if (inflated > MAX_ENTRY_BYTES || totalBefore + inflated > MAX_TOTAL_BYTES) {
                throw new Refused("文件解压后过大（单个部件最多 " + MAX_ENTRY_BYTES / (1024 * 1024) + " MB），不是正常的绩效目标表");
            }
            long read = Math.max(1, compressed.count - compressedAtStart);
            if (inflated > RATIO_GRACE_BYTES && (double) read / inflated < MIN_INFLATE_RATIO) {
                throw new Refused("文件压缩比异常（疑似压缩炸弹），不是正常的绩效目标表");
            }
        }

        @Override
        public void close() {
            // the zip stays open for the next entry
        }
    }
}
