#include "wres/protocol/wall_messages.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "wres/protocol/protocol.hpp"

namespace wres::protocol {
using nlohmann::json;

namespace {

constexpr std::size_t kMaxName = 64;  // a wall's name, a page's name
constexpr int kMaxPixels = 16384;     // a side of the largest frame

std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

bool printable(const std::string& s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x20 && c != 0x7f; });
}

bool hex16(const std::string& s) {
  return s.size() == 16 &&
         std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

// Each field of a report, checked as it is read; the first problem is kept.
class FieldReader {
 public:
  explicit FieldReader(const json& j) : j_(j) {}
  std::string text(const char* key, std::size_t max) {
    auto it = find(key);
    if (!it) return {};
    if (!(*it)->is_string()) return fail(key, "must be text"), std::string{};
    auto s = (*it)->get<std::string>();
    if (s.empty() || s.size() > max || !printable(s))
      fail(key, "must be 1 to " + std::to_string(max) + " printable bytes");
    return s;
  }
  long long integer(const char* key, long long lo, long long hi) {
    auto it = find(key);
    if (!it) return 0;
    if (!(*it)->is_number_integer()) return fail(key, "must be a whole number"), 0;
    auto v = (*it)->get<long long>();
    if (v < lo || v > hi) fail(key, "is out of range");
    return v;
  }
  bool boolean(const char* key) {
    auto it = find(key);
    if (!it) return false;
    if (!(*it)->is_boolean()) return fail(key, "must be true or false"), false;
    return (*it)->get<bool>();
  }
  void fail(const char* key, const std::string& why) {
    if (error_.empty()) error_ = std::string("frame report: \"") + key + "\" " + why;
  }
  const std::string& error() const { return error_; }

 private:
  std::optional<json::const_iterator> find(const char* key) {
    auto it = j_.find(key);
    if (it == j_.end()) return fail(key, "is missing"), std::nullopt;
    return it;
  }
  const json& j_;
  std::string error_;
};

}  // namespace

json frame_report_json(const FrameReport& f) {
  return {{"wall", f.wall},
          {"page", f.page},
          {"screen", f.screen},
          {"revision", f.revision},
          {"at", f.at},
          {"at_unix", f.at_unix},
          {"hash", f.hash},
          {"width", f.width},
          {"height", f.height},
          {"night", f.night},
          {"panel", to_string(f.panel)},
          {"freshness", f.freshness}};
}

std::optional<FrameReport> frame_report_from(const json& j, std::string* error) {
  if (!j.is_object()) {
    if (error) *error = "frame report: must be an object";
    return std::nullopt;
  }
  FieldReader r(j);
  FrameReport f;
  f.wall = r.text("wall", kMaxName);
  f.page = r.text("page", kMaxName);
  f.screen = static_cast<int>(r.integer("screen", 0, 100000));
  f.revision = r.integer("revision", 0, (1LL << 53));
  f.at = r.text("at", kMaxName);
  f.at_unix = r.integer("at_unix", 0, (1LL << 40));
  f.hash = r.text("hash", 16);
  if (r.error().empty() && !hex16(f.hash)) r.fail("hash", "must be 16 lower-case hex digits");
  f.width = static_cast<int>(r.integer("width", 1, kMaxPixels));
  f.height = static_cast<int>(r.integer("height", 1, kMaxPixels));
  f.night = r.boolean("night");
  auto panel = panel_state_from_name(r.text("panel", kMaxName));
  if (!panel) r.fail("panel", "must be on, standby or black");
  f.panel = panel.value_or(PanelState::on);
  f.freshness = r.text("freshness", kMaxName);
  if (!r.error().empty()) {
    if (error) *error = r.error();
    return std::nullopt;
  }
  return f;
}

std::string frame_shown_message(const FrameReport& f) {
  return dump({{"type", to_string(MessageType::frame_shown)}, {"frame", frame_report_json(f)}});
}

std::string shown_message(long long id, const std::vector<FrameReport>& entries) {
  json arr = json::array();
  for (const auto& e : entries)
    arr.push_back(e.gap.empty() ? frame_report_json(e)
                                : json{{"wall", e.wall}, {"at", e.at}, {"at_unix", e.at_unix}, {"gap", e.gap}});
  return dump({{"type", to_string(MessageType::shown)}, {"id", id}, {"entries", std::move(arr)}});
}

std::vector<FrameReport> shown_entries(const json& message) {
  std::vector<FrameReport> out;
  auto it = message.find("entries");
  if (it == message.end() || !it->is_array()) return out;
  for (const auto& e : *it) {
    if (!e.is_object()) continue;
    if (auto gap = e.find("gap"); gap != e.end() && gap->is_string()) {  // the daemon's note, no frame
      out.push_back({.wall = e.value("wall", ""),
                     .page = "",
                     .at = e.value("at", ""),
                     .at_unix = e.value("at_unix", std::int64_t{0}),
                     .gap = gap->get<std::string>()});
    } else if (auto f = frame_report_from(e, nullptr)) {
      out.push_back(std::move(*f));
    }
  }
  return out;
}

namespace {

// The shape of a capture reply, checked event by event without building it:
// one object of the known keys, a frame object of short fields one level
// down, no arrays, and only "png" long.
class CaptureShape : public json::json_sax_t {
 public:
  bool null() override { return leaf(); }
  bool boolean(bool) override { return leaf(); }
  bool number_integer(number_integer_t) override { return leaf(); }
  bool number_unsigned(number_unsigned_t) override { return leaf(); }
  bool number_float(number_float_t, const string_t&) override { return leaf(); }
  bool string(string_t& s) override {
    if (depth_ == 1 && key_ == "type") type_ok_ = s == to_string(MessageType::captured);
    if (s.size() > 1024 && !(depth_ == 1 && key_ == "png")) return fail("only \"png\" may be long");
    return leaf();
  }
  bool binary(binary_t&) override { return fail("binary values"); }
  bool start_object(std::size_t) override {
    if (++depth_ > 2 || (depth_ == 2 && key_ != "frame")) return fail("nested objects other than \"frame\"");
    return true;
  }
  bool end_object() override { return --depth_, true; }
  bool start_array(std::size_t) override { return fail("arrays"); }
  bool end_array() override { return true; }
  bool key(string_t& k) override {
    if (++keys_ > 64) return fail("too many keys");
    if (depth_ == 1) {
      static const char* const kKeys[] = {"type", "id", "frame", "png", "error"};
      if (std::none_of(std::begin(kKeys), std::end(kKeys), [&](const char* x) { return k == x; }))
        return fail("the key \"" + k.substr(0, 32) + "\"");
      key_ = k;
    }
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) override {
    return fail(std::string("not JSON: ") + e.what());
  }
  std::string verdict() const {
    if (!why_.empty()) return why_;
    return type_ok_ ? "" : "not a \"captured\" message";
  }

 private:
  bool leaf() { return depth_ >= 1 || fail("not an object"); }
  bool fail(const std::string& why) {
    if (why_.empty()) why_ = why;
    return false;
  }
  int depth_ = 0, keys_ = 0;
  std::string key_, why_;
  bool type_ok_ = false;
};

}  // namespace

std::optional<std::string> large_message_problem(const std::string& payload) {
  CaptureShape shape;
  json::sax_parse(payload, &shape, json::input_format_t::json, true);  // strict: nothing after the object
  std::string why = shape.verdict();
  if (why.empty()) return std::nullopt;
  return "a message over " + std::to_string(kMaxRequestBytes / 1024) +
         " KiB must be a wall's picture (captured): " + why;
}

std::string captured_message(long long id, const FrameReport& f, const std::string& png_base64) {
  return dump(
      {{"type", to_string(MessageType::captured)}, {"id", id}, {"frame", frame_report_json(f)}, {"png", png_base64}});
}

std::string capture_failed_message(long long id, const std::string& why) {
  return dump({{"type", to_string(MessageType::captured)}, {"id", id}, {"error", why}});
}

std::string screenshot_message(long long id, const FrameReport& f, const std::string& png_base64) {
  return dump({{"type", to_string(MessageType::screenshot)},
               {"id", id},
               {"wall", f.wall},
               {"frame", frame_report_json(f)},
               {"png", png_base64}});
}

}  // namespace wres::protocol
