#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>

#include "wres/protocol/messages.hpp"

#include "wres/protocol/frame.hpp"
#include "wres/protocol/messages.hpp"

using namespace wres::protocol;

TEST(Frame, RoundTripByteByByte) {
  std::string stream = encode_frame("{\"type\":\"a\"}") + encode_frame("") + encode_frame("{\"type\":\"b\"}");
  FrameDecoder d(1024);
  std::vector<std::string> got;
  for (char c : stream) {
    d.feed(std::string_view(&c, 1));
    while (auto p = d.next()) got.push_back(*p);
  }
  EXPECT_EQ(got, (std::vector<std::string>{"{\"type\":\"a\"}", "", "{\"type\":\"b\"}"}));
  EXPECT_EQ(d.buffered(), 0u);
}

TEST(Frame, BigEndianLength) {
  std::string f = encode_frame(std::string(258, 'x'));
  EXPECT_EQ(static_cast<unsigned char>(f[2]), 1);
  EXPECT_EQ(static_cast<unsigned char>(f[3]), 2);
  EXPECT_EQ(decode_length(reinterpret_cast<const unsigned char*>(f.data())), 258u);
}

TEST(Frame, OversizeIsRefusedBeforeBuffering) {
  FrameDecoder d(100);
  d.feed(std::string("\x7f\xff\xff\xff", 4));
  EXPECT_FALSE(d.next());
  EXPECT_TRUE(d.failed());
  EXPECT_NE(d.error().find("exceeds the limit of 100"), std::string::npos);
  d.feed("more");
  EXPECT_FALSE(d.next());
}

TEST(Frame, HalfFrameWaits) {
  FrameDecoder d(100);
  std::string f = encode_frame("hello");
  d.feed(f.substr(0, 6));
  EXPECT_FALSE(d.next());
  EXPECT_FALSE(d.failed());
  d.feed(f.substr(6));
  EXPECT_EQ(d.next(), "hello");
}

TEST(Messages, ParseRejectsNonObjectsAndMissingType) {
  std::string err;
  EXPECT_FALSE(parse_message("not json", &err));
  EXPECT_FALSE(parse_message("[1,2]", &err));
  EXPECT_FALSE(parse_message("{\"type\":3}", &err));
  EXPECT_TRUE(parse_message(hello_message("x")));
  auto w = parse_message(welcome_message(HandshakeStatus::protocol_mismatch, "wresd"));
  ASSERT_TRUE(w);
  EXPECT_EQ((*w)["status"], "protocol_mismatch");
  auto s = parse_message(snapshot_message("{\"schema\":1}", 7));
  ASSERT_TRUE(s);
  EXPECT_EQ((*s)["id"], 7);
  EXPECT_EQ((*s)["snapshot"]["schema"], 1);
}

// The protocol's message types: one name each on the wire, both directions.
TEST(Protocol, EveryMessageTypeHasOneNameThatReadsBack) {
  using wres::protocol::MessageType;
  std::set<std::string> names;
  for (auto t :
       {MessageType::hello, MessageType::subscribe, MessageType::get_snapshot, MessageType::get_history,
        MessageType::get_health, MessageType::welcome, MessageType::snapshot, MessageType::history, MessageType::health,
        MessageType::error, MessageType::frame_shown, MessageType::get_screenshot, MessageType::get_shown,
        MessageType::capture, MessageType::captured, MessageType::screenshot, MessageType::shown}) {
    std::string name(wres::protocol::to_string(t));
    EXPECT_TRUE(names.insert(name).second) << name;
    EXPECT_EQ(wres::protocol::message_type_from_name(name), t);
  }
  EXPECT_FALSE(wres::protocol::message_type_from_name("get_everything"));
  EXPECT_EQ(wres::protocol::type_of(wres::protocol::request(MessageType::get_health, 7)), MessageType::get_health);
  EXPECT_EQ(wres::protocol::request(MessageType::get_health, 7)["id"], 7);
  EXPECT_FALSE(wres::protocol::type_of(nlohmann::json{{"type", 3}}));
  auto health = nlohmann::json::parse(wres::protocol::health_message({{"pid", 1}}, 2));
  EXPECT_EQ(health["type"], "health");
  EXPECT_EQ(health["id"], 2);
}
