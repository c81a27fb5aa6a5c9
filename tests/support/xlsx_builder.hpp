#pragma once
// Small .xlsx workbooks written part by part with libzip, so a test controls
// every cell's XML (types, styles, errors) and can build hostile ones.
#include <zip.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "temp_dir.hpp"

namespace wres::test {

// The parts, zipped (deflate), as bytes.
inline std::string zip_parts(const std::map<std::string, std::string>& parts) {
  TempDir d;
  std::string path = d.file("book.xlsx");
  int err = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
  for (const auto& [name, text] : parts) {
    zip_source_t* s = zip_source_buffer(z, text.data(), text.size(), 0);
    zip_file_add(z, name.c_str(), s, ZIP_FL_ENC_UTF_8);
  }
  zip_close(z);  // the buffers are read here, while `parts` is alive
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// A workbook of one sheet per entry (name -> sheetData rows XML), with shared
// strings and styles: style 1 is built-in date format 14, style 2 custom
// "dd/mm/yyyy" (164), style 3 a plain number format.
inline std::string workbook(const std::map<std::string, std::string>& sheets, const std::string& shared_xml = "",
                            const std::string& order = "") {
  std::string book =
      R"(<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>)";
  std::string rels =
      R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)";
  std::map<std::string, std::string> parts;
  int n = 0;
  auto add = [&](const std::string& name, const std::string& rows) {
    ++n;
    std::string id = "rId" + std::to_string(n), file = "worksheets/sheet" + std::to_string(n) + ".xml";
    book += "<sheet name=\"" + name + "\" sheetId=\"" + std::to_string(n) + "\" r:id=\"" + id + "\"/>";
    rels += "<Relationship Id=\"" + id +
            "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"" +
            file + "\"/>";
    parts["xl/" + file] =
        R"(<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)" +
        rows + "</sheetData></worksheet>";
  };
  // `order`: sheet names comma-separated, else map order.
  if (order.empty()) {
    for (const auto& [name, rows] : sheets) add(name, rows);
  } else {
    std::stringstream ss(order);
    for (std::string name; std::getline(ss, name, ',');) add(name, sheets.at(name));
  }
  parts["xl/workbook.xml"] = book + "</sheets></workbook>";
  parts["xl/_rels/workbook.xml.rels"] = rels + "</Relationships>";
  parts["xl/styles.xml"] =
      R"(<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="2" applyNumberFormat="1"/></cellXfs></styleSheet>)";
  if (!shared_xml.empty())
    parts["xl/sharedStrings.xml"] =
        R"(<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)" +
        shared_xml + "</sst>";
  parts["[Content_Types].xml"] =
      R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>)";
  return zip_parts(parts);
}

}  // namespace wres::test

namespace wres::test {

// Workbooks that are small on disk and huge once read naively (issue 27):
// one large shared string referenced by every cell, millions of empty shared
// strings, millions of sheets, a cell of letters behind a '<'. `scale` 1 is
// the size that took wresctl past 600 MB to 3 GB; tests of the limits use less.
inline std::map<std::string, std::string> expanding_workbooks(std::size_t scale_div = 1) {
  std::map<std::string, std::string> books;
  std::string big_rows;
  for (std::size_t r = 1; r <= 4000 / scale_div; ++r) {
    big_rows += "<row r=\"" + std::to_string(r) + "\">";
    for (int c = 0; c < 10; ++c) big_rows += "<c t=\"s\"><v>0</v></c>";
    big_rows += "</row>";
  }
  books["one-string-everywhere.xlsx"] =
      workbook({{"Plan", big_rows}}, "<si><t>" + std::string((1u << 20) / scale_div, 'a') + "</t></si>");
  std::string empty_strings;
  for (std::size_t i = 0; i < 13'000'000 / scale_div; ++i) empty_strings += "<si/>";
  books["empty-strings.xlsx"] = workbook({{"Plan", "<row r=\"1\"><c><v>1</v></c></row>"}}, empty_strings);
  std::string sheets;
  for (std::size_t i = 0; i < 8'000'000 / scale_div; ++i) sheets += "<sheet/>";
  books["sheets.xlsx"] = zip_parts({{"xl/workbook.xml", "<workbook><sheets>" + sheets + "</sheets></workbook>"},
                                    {"xl/_rels/workbook.xml.rels", "<Relationships/>"}});
  books["tag-and-letters.xlsx"] =
      workbook({{"Plan",
                 "<row r=\"1\"><c t=\"inlineStr\"><is><t>No.</t></is></c><c t=\"inlineStr\"><is><t>Action</t></is></c>"
                 "<c t=\"inlineStr\"><is><t>Status</t></is></c><c t=\"inlineStr\"><is><t>Notes</t></is></c></row>"
                 "<row r=\"2\"><c><v>1</v></c><c t=\"inlineStr\"><is><t>Mentoring</t></is></c>"
                 "<c t=\"inlineStr\"><is><t>Green</t></is></c><c t=\"inlineStr\"><is><t>&lt;" +
                     std::string(50'000 / scale_div, 'x') + "</t></is></c></row>"}});
  return books;
}

}  // namespace wres::test
