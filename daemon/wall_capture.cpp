// wresctl screenshot, through wresd: the daemon asks a wall for the frame it
// presented last and passes the wall's PNG back to whoever asked, once it has
// checked that the picture is that frame.
#include <boost/asio/post.hpp>

#include <spdlog/spdlog.h>
#include <nlohmann/json.hpp>

#include "capture_check.hpp"
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
    names += (names.empty() ? "" : ", ") + w.name;
    if (name.empty() || w.name == name) found.push_back(&w);
  }
  if (walls_.empty())
    *why = "no wall is connected to wresd (is wres-display running, and on the same socket?)";
  else if (found.empty())
    *why = "no wall called '" + name + "' is connected; connected: " + names;
  else if (found.size() > 1)
    *why = std::to_string(found.size()) + " walls are connected (" + names + "); name one with --wall";
  return found.size() == 1 ? found.front() : nullptr;
}

// One capture a wall at a time: whoever asks while one is on its way gets the
// same picture (twenty requests in one packet are one capture, not twenty
// pictures queued on the wall's socket).
std::string Walls::screenshot(ClientSession& from, const json& request, std::optional<long long> id) {
  std::string name, why;
  if (auto it = request.find("wall"); it != request.end() && it->is_string()) name = it->get<std::string>();
  Wall* w = pick(name, &why);
  auto wall = w ? w->session.lock() : nullptr;
  if (!wall) return proto::error_message(why.empty() ? "the wall has just gone" : why, id);
  // A wall may send a large picture only when another client asked for it.
  if (wall.get() == &from) return proto::error_message("a wall cannot ask for its own picture", id);
  for (auto& [cid, c] : captures_) {
    if (c.wall != wall.get()) continue;
    for (const auto& a : c.askers)  // one picture at a time to a connection: it is large
      if (a.session.lock().get() == &from)
        return proto::error_message("a picture of wall " + c.wall_name + " is already on its way to this connection",
                                    id);
    c.askers.push_back({from.weak_from_this(), id});
    return {};
  }
  const long long cid = next_capture_++;
  Capture c{{{from.weak_from_this(), id}},
            wall.get(),
            w->name,
            std::make_unique<boost::asio::steady_timer>(io_, options_.capture_timeout)};
  c.timer->async_wait([this, cid](const boost::system::error_code& ec) {
    if (ec) return;
    auto it = captures_.find(cid);
    if (it == captures_.end()) return;
    spdlog::warn("wall {} did not send its picture within {} s", it->second.wall_name,
                 options_.capture_timeout.count());
    finish_capture_error(cid, "wall " + it->second.wall_name + " did not send its picture within " +
                                  std::to_string(options_.capture_timeout.count()) + " s");
  });
  captures_.emplace(cid, std::move(c));
  wall->allow_frames_up_to(proto::kMaxCaptureBytes);
  wall->reply(proto::request(proto::MessageType::capture, cid).dump());
  return {};
}

// The wall's answer. A reply nobody asked for, from a wall not asked, of a
// frame that wall never reported, or whose pixels are not that frame, is
// hostile: the wall is dropped and the askers told.
std::string Walls::captured(ClientSession& from, const json& message) {
  auto id = message.find("id");
  auto it = id != message.end() && id->is_number_integer() ? captures_.find(id->get<long long>()) : captures_.end();
  if (it == captures_.end() || it->second.wall != &from || it->second.checking) {
    from.refuse(proto::error_message("captured: no picture was asked of this client with that id"));
    return {};
  }
  const long long cid = it->first;
  Capture& c = it->second;
  from.allow_frames_up_to(proto::kMaxRequestBytes);  // it has answered
  if (auto err = message.find("error"); err != message.end() && err->is_string()) {
    finish_capture_error(cid, "wall " + c.wall_name + ": " + err->get<std::string>());
    return {};
  }
  std::string error;
  auto frame = message.find("frame");
  auto png = message.find("png");
  auto report = frame != message.end() ? proto::frame_report_from(*frame, &error) : std::nullopt;
  const Wall* w = find(&from);
  if (report && w && std::find(w->hashes.begin(), w->hashes.end(), report->hash) == w->hashes.end())
    error = "its picture is of a frame it never reported (" + report->hash + ")", report.reset();
  if (!report || png == message.end() || !png->is_string() || png->get_ref<const std::string&>().empty()) {
    if (error.empty()) error = "captured needs a \"frame\" and a \"png\"";
    spdlog::warn("wall {} dropped: malformed capture: {}", c.wall_name, error);
    finish_capture_error(cid, "wall " + c.wall_name + " sent a picture that cannot be used: " + error);
    from.refuse(proto::error_message(error));
    return {};
  }
  c.checking = true;
  report->wall = c.wall_name;
  check_picture(cid, message, *report);
  return {};
}

// Decoding and hashing take a while for a 4K picture: off the loop, then back.
void Walls::check_picture(long long cid, const json& message, const wres::FrameReport& frame) {
  auto png = std::make_shared<std::string>(message["png"].get<std::string>());
  boost::asio::post(checker_, [this, cid, png, frame] {
    auto problem = capture_problem(*png, frame);
    boost::asio::post(io_, [this, cid, png, frame, problem] {
      auto it = captures_.find(cid);
      if (it == captures_.end()) return;  // timed out, or the wall went, meanwhile
      if (problem) {
        spdlog::warn("wall {} dropped: {}", it->second.wall_name, *problem);
        std::string why = "wall " + it->second.wall_name + " sent a picture that is not its frame: " + *problem;
        ClientSession* wall = it->second.wall;
        finish_capture_error(cid, why);
        if (walls_.count(wall)) wall->refuse(proto::error_message(*problem));
        return;
      }
      finish_capture(cid, [&](const Asker& a) { return proto::screenshot_message(a.id.value_or(0), frame, *png); });
    });
  });
}

void Walls::finish_capture_error(long long id, const std::string& why) {
  finish_capture(id, [&](const Asker& a) { return proto::error_message(why, a.id); });
}

void Walls::finish_capture(long long id, const std::function<std::string(const Asker&)>& reply) {
  auto it = captures_.find(id);
  if (it == captures_.end()) return;
  Capture c = std::move(it->second);
  captures_.erase(it);
  if (c.timer) c.timer->cancel();
  if (walls_.count(c.wall)) c.wall->allow_frames_up_to(proto::kMaxRequestBytes);
  for (const auto& a : c.askers)
    if (auto asker = a.session.lock()) asker->reply(reply(a));
}

}  // namespace wresd
