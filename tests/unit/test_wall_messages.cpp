// The messages about what a wall shows: frame reports (from a wall, so
// untrusted), the shown history's entries, and base64 for the PNG.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "wres/protocol/base64.hpp"
#include "wres/protocol/wall_messages.hpp"

using namespace wres::protocol;
using nlohmann::json;

namespace {
wres::FrameReport sample() {
  return {.wall = "corridor-1",
          .page = "overview",
          .screen = 2,
          .revision = 17,
          .at = "2026-03-12T09:00:04+00:00",
          .at_unix = 1773306004,
          .hash = "0123456789abcdef",
          .width = 1920,
          .height = 1080,
          .night = false,
          .panel = wres::PanelState::on,
          .freshness = "live"};
}
}  // namespace

TEST(WallMessages, AFrameReportReadsBackAsSent) {
  auto j = json::parse(frame_shown_message(sample()));
  EXPECT_EQ(j["type"], "frame_shown");
  std::string error;
  auto f = frame_report_from(j["frame"], &error);
  ASSERT_TRUE(f) << error;
  EXPECT_TRUE(f->same_view(sample()));
  EXPECT_EQ(f->hash, "0123456789abcdef");
  EXPECT_EQ(f->at, "2026-03-12T09:00:04+00:00");
}

// Each bad field is refused and named: a wall sending these is dropped.
TEST(WallMessages, AMalformedFrameReportIsRefusedWithItsField) {
  const json good = frame_report_json(sample());
  struct Case {
    const char* key;
    json value;
  } cases[] = {{"hash", "0123456789ABCDEF"},
               {"hash", "12"},
               {"page", ""},
               {"page", std::string(65, 'x')},
               {"wall", "a\nb"},
               {"screen", -1},
               {"width", 0},
               {"height", 99999},
               {"night", "yes"},
               {"panel", "off"},
               {"at_unix", "today"},
               {"revision", 1.5}};
  for (const auto& c : cases) {
    json bad = good;
    bad[c.key] = c.value;
    std::string error;
    EXPECT_FALSE(frame_report_from(bad, &error)) << c.key << " = " << c.value.dump();
    EXPECT_NE(error.find(std::string("\"") + c.key + "\""), std::string::npos) << error;
  }
  json missing = good;
  missing.erase("hash");
  std::string error;
  EXPECT_FALSE(frame_report_from(missing, &error));
  EXPECT_EQ(error, "frame report: \"hash\" is missing");
  EXPECT_FALSE(frame_report_from(json::array(), &error));
}

TEST(WallMessages, ShownEntriesCarryGapsAsGaps) {
  wres::FrameReport gap{
      .wall = "corridor-1", .at = "2026-03-12T10:00:00+00:00", .at_unix = 1773309600, .gap = "disconnected"};
  auto j = json::parse(shown_message(4, {sample(), gap}));
  auto rows = shown_entries(j);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].page, "overview");
  EXPECT_TRUE(rows[0].gap.empty());
  EXPECT_EQ(rows[1].gap, "disconnected");
  EXPECT_EQ(rows[1].page, "");
  EXPECT_FALSE(j["entries"][1].contains("hash"));  // a gap shows no picture
}

TEST(WallMessages, Base64RoundTripsAndRefusesWhatIsNotBase64) {
  EXPECT_EQ(base64_encode("Man"), "TWFu");  // RFC 4648's examples
  EXPECT_EQ(base64_encode("fo"), "Zm8=");
  EXPECT_EQ(base64_encode(""), "");
  std::string bytes;
  for (int i = 0; i < 70000; ++i) bytes.push_back(static_cast<char>(i * 7919 % 256));
  const std::string text = base64_encode(bytes);
  EXPECT_EQ(text.find('\n'), std::string::npos);  // one JSON string, no line breaks
  EXPECT_EQ(base64_decode(text), bytes);
  EXPECT_EQ(base64_decode("Zm8="), "fo");
  for (const char* bad : {"Zm8", "Zm8*", "Z=m8", "Zm8=Zm8=", "Zm\n8=", "===="}) EXPECT_FALSE(base64_decode(bad)) << bad;
}

TEST(WallMessages, PanelStatesHaveNamesAndWords) {
  for (auto p : {wres::PanelState::on, wres::PanelState::standby, wres::PanelState::black})
    EXPECT_EQ(wres::panel_state_from_name(wres::to_string(p)), p);
  EXPECT_EQ(wres::panel_words(wres::PanelState::standby), "panel off (night)");
  EXPECT_EQ(wres::panel_words(wres::PanelState::black), "black (night)");
}

// Only a wall's picture may be larger than 64 KiB, and its shape is checked
// as it is read (issue 27 item 3): the check passes a real captured message
// and refuses anything else by its first offending token.
TEST(WallMessages, ALargeMessageMustBeShapedLikeAPicture) {
  wres::FrameReport f{.wall = "lobby",
                      .page = "overview",
                      .revision = 3,
                      .at = "2026-03-12T09:00:00+00:00",
                      .at_unix = 1,
                      .hash = "00000000000000ff",
                      .width = 10,
                      .height = 10,
                      .freshness = "live"};
  EXPECT_FALSE(large_message_problem(captured_message(4, f, std::string(200000, 'A'))));
  EXPECT_FALSE(large_message_problem(capture_failed_message(4, "no frame yet")));
  auto problem = [](const std::string& text) { return large_message_problem(text).value_or(""); };
  EXPECT_NE(problem("{\"type\":\"captured\",\"frame\":[1,2,3]}").find("arrays"), std::string::npos);
  EXPECT_NE(problem("{\"type\":\"snapshot\",\"id\":1}").find("not a \"captured\" message"), std::string::npos);
  EXPECT_NE(problem("{\"type\":\"captured\",\"padding\":\"x\"}").find("the key \"padding\""), std::string::npos);
  EXPECT_NE(problem("{\"type\":\"captured\",\"frame\":{\"a\":{}}}").find("nested"), std::string::npos);
  EXPECT_NE(problem("{\"type\":\"captured\",\"id\":\"" + std::string(5000, 'x') + "\"}").find("only \"png\""),
            std::string::npos);
  EXPECT_NE(problem("[1,2]").find("arrays"), std::string::npos);
  EXPECT_NE(problem("{\"type\":").find("not JSON"), std::string::npos);
  // Found by fuzz_frame: a whole captured object with bytes after it is not JSON either.
  EXPECT_NE(problem("{\"type\":\"captured\",\"id\":3}}]e").find("not JSON"), std::string::npos);
}
