#pragma once
// expat, driven with three callbacks over one unpacked part. Names arrive
// without their namespace prefix ("x:row" is "row"). A DOCTYPE is refused:
// no workbook has one, and entity tricks live there.
#include <expat.h>

#include <functional>
#include <string>
#include <string_view>

namespace wres::xlsx {

struct XmlEvents {
  std::function<void(std::string_view name, const char** attrs)> start = nullptr;
  std::function<void(std::string_view name)> end = nullptr;
  std::function<void(std::string_view text)> text = nullptr;
};

inline std::string_view local_name(const char* n) {
  std::string_view s(n);
  auto colon = s.rfind(':');
  return colon == std::string_view::npos ? s : s.substr(colon + 1);
}

// An attribute's value by local name, or "".
inline std::string_view attr(const char** attrs, std::string_view name) {
  for (int i = 0; attrs && attrs[i]; i += 2)
    if (local_name(attrs[i]) == name) return attrs[i + 1];
  return {};
}

class XmlReader {
 public:
  explicit XmlReader(XmlEvents ev) : ev_(std::move(ev)), p_(XML_ParserCreate(nullptr)) {
    XML_SetUserData(p_, this);
    XML_SetElementHandler(
        p_,
        [](void* u, const char* n, const char** a) {
          auto* self = static_cast<XmlReader*>(u);
          if (self->ev_.start) self->ev_.start(local_name(n), a);
        },
        [](void* u, const char* n) {
          auto* self = static_cast<XmlReader*>(u);
          if (self->ev_.end) self->ev_.end(local_name(n));
        });
    XML_SetCharacterDataHandler(p_, [](void* u, const char* s, int len) {
      auto* self = static_cast<XmlReader*>(u);
      if (self->ev_.text) self->ev_.text(std::string_view(s, static_cast<std::size_t>(len)));
    });
    XML_SetStartDoctypeDeclHandler(p_, [](void* u, const char*, const char*, const char*, int) {
      auto* self = static_cast<XmlReader*>(u);
      self->stop("a DOCTYPE, which no workbook has");
    });
  }
  ~XmlReader() { XML_ParserFree(p_); }
  XmlReader(const XmlReader&) = delete;
  XmlReader& operator=(const XmlReader&) = delete;

  // Stops at the next event, with a reason for the error message.
  void stop(std::string why) {
    if (stopped_.empty()) stopped_ = std::move(why);
    XML_StopParser(p_, XML_FALSE);
  }
  // "" when the whole part was read; else what went wrong, with its line.
  // Fed in pieces: expat copies what it is given, and a whole 64 MB part
  // would be held twice.
  std::string parse(std::string_view xml, const std::string& part) {
    constexpr std::size_t kPiece = 1u << 20;
    bool ok = true;
    for (std::size_t at = 0; ok && at < xml.size(); at += kPiece) {
      std::string_view piece = xml.substr(at, kPiece);
      ok = XML_Parse(p_, piece.data(), static_cast<int>(piece.size()), XML_FALSE) != XML_STATUS_ERROR;
    }
    if (ok && XML_Parse(p_, nullptr, 0, XML_TRUE) != XML_STATUS_ERROR) return {};
    const std::string line = std::to_string(XML_GetCurrentLineNumber(p_));
    if (!stopped_.empty()) return part + " line " + line + ": " + stopped_;
    return part + " line " + line + ": damaged XML (" + XML_ErrorString(XML_GetErrorCode(p_)) + ")";
  }

 private:
  XmlEvents ev_;
  XML_Parser p_;
  std::string stopped_;
};

}  // namespace wres::xlsx
