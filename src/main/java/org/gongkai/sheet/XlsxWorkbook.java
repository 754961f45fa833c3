package org.gongkai.sheet;

import java.io.File;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STSheetState;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * An {@code .xlsx} workbook read as a stream of XML events (POI's event API), so that memory stays
 * bounded by the row limit, not by the sheet: the sheet's XML is never held whole, its rows are
 * counted while they pass. Formulas give their cached values; nothing is evaluated, and external
 * links are never opened. POI's XML parsers refuse DOCTYPE declarations (no external entities)
 * and its zip reader refuses parts that inflate beyond {@link SheetLimits}.
 */
final class XlsxWorkbook implements WorkbookFile {

  private final OPCPackage pkg;
  private final XSSFReader reader;
  private final List<Sheet> sheets = new ArrayList<>();
  private StylesTable styles;
  private SharedStrings strings;

  private XlsxWorkbook(OPCPackage pkg) throws Exception {
    this.pkg = pkg;
    this.reader = new XSSFReader(pkg);
    try (InputStream in = reader.getWorkbookData()) {
      WorkbookDocument doc = WorkbookDocument.Factory.parse(in,
          POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
      if (doc.getWorkbook().getSheets() != null) {
        for (CTSheet s : doc.getWorkbook().getSheets().getSheetArray()) {
          sheets.add(new Sheet(s.getName(), s.getState() != null
              && s.getState() != STSheetState.VISIBLE, s.getId()));
        }
      }
    }
  }

  static XlsxWorkbook open(File file) throws SheetFailure {
    SheetLimits.applyToPoi();
    OPCPackage pkg = null;
    try {
      pkg = OPCPackage.open(file, PackageAccess.READ);
      return new XlsxWorkbook(pkg);
    } catch (Exception | LinkageError e) {
      revert(pkg);
      throw Workbooks.failure(e);
    }
  }

  @Override
  public List<Sheet> sheets() {
    return List.copyOf(sheets);
  }

  @Override
  public SheetGrid read(Sheet sheet) throws SheetFailure {
    GridBuilder grid = new GridBuilder(sheet.name());
    try {
      if (styles == null) {
        styles = reader.getStylesTable();
        strings = new ReadOnlySharedStringsTable(pkg, false);
      }
      XMLReader xml = XMLHelper.newXMLReader();
      xml.setContentHandler(new Handler(styles, strings, grid));
      try (InputStream in = reader.getSheet(sheet.ref())) {
        xml.parse(new InputSource(in));
      }
    } catch (Stop stop) {
      throw stop.failure;
    } catch (Exception | LinkageError e) {
      Throwable cause = e;
      while (cause != null) {
        if (cause instanceof Stop stop) {
          throw stop.failure;
        }
        cause = cause.getCause();
      }
      throw Workbooks.failure(e);
    }
    return grid.build();
  }

  @Override
  public void close() {
    revert(pkg);
  }

  private static void revert(OPCPackage pkg) {
    if (pkg != null) {
      // opened read-only: revert closes the file without writing anything back
      pkg.revert();
    }
  }

  /** Carries a {@link SheetFailure} out of the SAX callbacks. */
  private static final class Stop extends SAXException {
    private static final long serialVersionUID = 1L;
    final transient SheetFailure failure;

    Stop(SheetFailure failure) {
      super(failure.ruleId);
      this.failure = failure;
    }
  }

  /**
   * POI's sheet handler, which formats every cell as displayed, watched for what it does not
   * report: hidden rows and columns, merged ranges, and formulas without a cached value.
   */
  private static final class Handler extends XSSFSheetXMLHandler {
    private final GridBuilder grid;
    private final Cells cells;
    private int row = -1;
    private int column = -1;
    private boolean formula;
    private boolean value;

    Handler(StylesTable styles, SharedStrings strings, GridBuilder grid) {
      this(styles, strings, grid, new Cells(grid));
    }

    private Handler(StylesTable styles, SharedStrings strings, GridBuilder grid, Cells cells) {
      super(styles, null, strings, cells, new DisplayedValues(), false);
      this.grid = grid;
      this.cells = cells;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attrs)
        throws SAXException {
      switch (localName) {
        case "row" -> {
          String r = attrs.getValue("r");
          row = r == null ? row + 1 : Integer.parseInt(r) - 1;
          column = -1;
          try {
            grid.startRow(row, truthy(attrs.getValue("hidden")));
          } catch (SheetFailure f) {
            throw new Stop(f);
          }
          cells.row = row;
          cells.next = 0;
        }
        case "c" -> {
          String r = attrs.getValue("r");
          column = r == null ? column + 1 : new CellReference(r).getCol();
          formula = false;
          value = false;
        }
        case "f" -> formula = true;
        case "v" -> value = true;
        case "col" -> {
          if (truthy(attrs.getValue("hidden"))) {
            int min = Integer.parseInt(attrs.getValue("min"));
            int max = Math.min(Integer.parseInt(attrs.getValue("max")), SheetLimits.MAX_COLUMNS);
            for (int c = min; c <= max; c++) {
              grid.hiddenColumn(c - 1);
            }
          }
        }
        case "mergeCell" -> {
          try {
            grid.merged(CellRangeAddress.valueOf(attrs.getValue("ref")));
          } catch (SheetFailure f) {
            throw new Stop(f);
          }
        }
        default -> {
          // the rest is POI's
        }
      }
      super.startElement(uri, localName, qName, attrs);
      if (cells.failure != null) {
        throw new Stop(cells.failure);
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
      super.endElement(uri, localName, qName);
      if (cells.failure != null) {
        throw new Stop(cells.failure);
      }
      if (localName.equals("c")) {
        if (formula && !value) {
          grid.uncomputed(row, column);
        }
        cells.next = column + 1;
      }
    }

    private static boolean truthy(String attribute) {
      return "1".equals(attribute) || "true".equals(attribute);
    }
  }

  /** Receives POI's formatted cells. */
  private static final class Cells implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final GridBuilder grid;
    int row;
    int next;
    SheetFailure failure;

    Cells(GridBuilder grid) {
      this.grid = grid;
    }

    @Override
    public void startRow(int rowNum) {
      // rows are started by the handler, which knows whether they are hidden
    }

    @Override
    public void endRow(int rowNum) {
      // the grid ends a row when the next starts
    }

    @Override
    public void cell(String ref, String formatted, XSSFComment comment) {
      int col = ref == null ? next : new CellReference(ref).getCol();
      String shown = formatted != null && formatted.startsWith("ERROR:")
          ? formatted.substring("ERROR:".length()) : formatted;
      try {
        grid.cell(col, shown);
      } catch (SheetFailure f) {
        failure = f;
      }
    }
  }
}
