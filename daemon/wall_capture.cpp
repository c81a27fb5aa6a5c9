// wresctl screenshot, through wresd: the daemon asks a wall for the frame it
// presented last and passes the wall's PNG back to whoever asked.
#include <spdlog/spdlog.h>

#include "walls.hpp"
#include "wres/protocol/messages.hpp"
#include "wres/protocol/wall_messages.hpp"

namespace wresd {
namespace proto = wres::protocol;
using nlohmann::json;

// The wall called `name`, or the only wall when no name is given.
Walls::Wall* Walls::pick(const std::string& name, std::string* why) {
  std::vector<Wall*> found;
  std::string names;
  for (auto& [session, w] : walls_) {
    names += (names.empty() ? "" : ", ") + w.last.wall;
    if (name.empty() || w.last.wall == name) found.push_back(&w);
  }
  if (walls_.empty())
    *why = "no wall is connected to wresd (is wres-display running, and on the same socket?)";
  else if (found.empty())
    *why = "no wall called '" + name + "' is connected; connected: " + names;
  else if (found.size() > 1)
    *why = std::to_string(found.size()) + " walls are connected (" + names + "); name one with --wall";
  return found.size() == 1 ? found.front() : nullptr;
}

std::string Walls::screenshot(ClientSession& from, const json& request, std::optional<long long> id) {
  std::string name, why;
  if (auto it = request.find("wall"); it != request.end() && it->is_string()) name = it->get<std::string>();
  Wall* w = pick(name, &why);
  auto wall = w ? w->session.lock() : nullptr;
  if (!wall) return proto::error_message(why.empty() ? "the wall has just gone" : why, id);
  const long long cid = next_capture_++;
  Capture c{from.weak_from_this(), id, wall.get(), w->last.wall,
            std::make_unique<boost::asio::steady_timer>(io_, options_.capture_timeout)};
  c.timer->async_wait([this, cid](const boost::system::error_code& ec) {
    if (ec) return;
    auto it = captures_.find(cid);
    if (it == captures_.end()) return;
    spdlog::warn("wall {} did not send its picture within {} s", it->second.wall_name,
                 options_.capture_timeout.count());
    finish_capture(cid, proto::error_message("wall " + it->second.wall_name + " did not send its picture within " +
                                                 std::to_string(options_.capture_timeout.count()) + " s",
                                             it->second.asker_id));
  });
  captures_.emplace(cid, std::move(c));
  wall->allow_frames_up_to(proto::kMaxCaptureBytes);
  wall->reply(proto::request(proto::MessageType::capture, cid).dump());
  return {};
}

// The wall's answer: its PNG goes to the asker as is (the daemon does not
// decode it); a reply nobody asked for is hostile.
std::string Walls::captured(ClientSession& from, const json& message) {
  auto id = message.find("id");
  auto it = id != message.end() && id->is_number_integer() ? captures_.find(id->get<long long>()) : captures_.end();
  if (it == captures_.end() || it->second.wall != &from) {
    from.refuse(proto::error_message("captured: no picture was asked of this client with that id"));
    return {};
  }
  const Capture& c = it->second;
  if (auto err = message.find("error"); err != message.end() && err->is_string()) {
    finish_capture(it->first, proto::error_message("wall " + c.wall_name + ": " + err->get<std::string>(), c.asker_id));
    return {};
  }
  std::string error;
  auto frame = message.find("frame");
  auto png = message.find("png");
  bool ok = frame != message.end() && proto::frame_report_from(*frame, &error) && png != message.end() &&
            png->is_string() && !png->get_ref<const std::string&>().empty();
  if (!ok) {
    spdlog::warn("client {} dropped: malformed capture: {}", from.name(), error.empty() ? "no \"png\"" : error);
    finish_capture(it->first, proto::error_message("wall " + c.wall_name + " sent a malformed picture", c.asker_id));
    from.refuse(proto::error_message(error.empty() ? "captured needs a \"frame\" and a \"png\"" : error));
    return {};
  }
  finish_capture(it->first, proto::screenshot_message(c.asker_id.value_or(0), c.wall_name, message));
  return {};
}

void Walls::finish_capture(long long id, const std::string& reply) {
  auto it = captures_.find(id);
  if (it == captures_.end()) return;
  Capture c = std::move(it->second);
  captures_.erase(it);
  if (c.timer) c.timer->cancel();
  bool more = std::any_of(captures_.begin(), captures_.end(), [&](const auto& e) { return e.second.wall == c.wall; });
  if (!more && walls_.count(c.wall)) c.wall->allow_frames_up_to(proto::kMaxRequestBytes);
  if (auto asker = c.asker.lock()) asker->reply(reply);
}

}  // namespace wresd
