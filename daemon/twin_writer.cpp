#include "twin_writer.hpp"

#include <boost/asio/post.hpp>

#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include <spdlog/spdlog.h>

#include "wres/model/clock.hpp"
#include "wres/twin/twin.hpp"

namespace wresd {

nlohmann::json TwinStatus::to_json() const {
  if (dir.empty()) return nullptr;
  return {{"dir", dir},           {"ok", error.empty()},      {"error", error},   {"failed_at", failed_at},
          {"revision", revision}, {"written_at", written_at}, {"writes", writes}, {"unchanged", skipped}};
}

TwinWriter::TwinWriter(std::chrono::milliseconds quiet, std::function<void(const TwinStatus&)> on_result)
    : quiet_(quiet), on_result_(std::move(on_result)) {
  // The writer yields the CPU to the event loop and the walls (Linux: a thread's own nice value).
  boost::asio::post(thread_, [] { ::setpriority(PRIO_PROCESS, static_cast<id_t>(::gettid()), 10); });
}

TwinWriter::~TwinWriter() { thread_.join(); }

void TwinWriter::publish(std::shared_ptr<const std::string> snapshot_json, const std::string& dir) {
  std::lock_guard lock(mu_);
  if (dir != status_.dir) status_ = {}, status_.dir = dir;  // a new folder: nothing written there yet
  if (dir.empty()) {                                        // no twin (or switched off): keep nothing waiting
    waiting_.reset();
    return;
  }
  waiting_ = std::move(snapshot_json), waiting_dir_ = dir, ++generation_;
  if (busy_) return;  // the writer takes the newest when it is done
  busy_ = true;
  boost::asio::post(thread_, [this] { drain(); });
}

void TwinWriter::drain() {
  for (;;) {
    std::shared_ptr<const std::string> json;
    std::string dir;
    // Wait until publishing stops for `quiet` (at most 5 s of a steady stream of them).
    const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    for (long long seen = -1;;) {
      {
        std::lock_guard lock(mu_);
        if (generation_ == seen || std::chrono::steady_clock::now() > give_up) break;
        seen = generation_;
      }
      std::this_thread::sleep_for(quiet_);
    }
    {
      std::lock_guard lock(mu_);
      if (!waiting_) {
        busy_ = false;
        return;
      }
      json = std::move(waiting_), dir = waiting_dir_;
      waiting_.reset();
    }
    if (json) write_one(*json, dir);
  }
}

void TwinWriter::write_one(const std::string& json, const std::string& dir) {
  std::string error;
  auto twin = wres::twin::twin_of_json(json, std::time(nullptr), &error);
  TwinStatus now = status();
  if (now.dir != dir) return;  // switched to another folder (or off) since: that publish writes it
  if (twin && twin->revision == now.revision && now.error.empty()) {
    ++now.skipped;  // the same content as the folder holds: leave it, and its time stamp
  } else if (auto failed = twin ? wres::twin::write_twin(dir, *twin) : std::optional<std::string>(error)) {
    if (now.error != *failed) spdlog::error("accessible twin not written: {}; the wall is not affected", *failed);
    now.error = *failed, now.failed_at = wres::local_timestamp_now();
  } else {
    if (!now.error.empty()) spdlog::info("accessible twin written again in {}", dir);
    now.error.clear(), now.revision = twin->revision, now.written_at = wres::local_timestamp_now(), ++now.writes;
  }
  {
    std::lock_guard lock(mu_);
    if (status_.dir != dir) return;  // switched meanwhile
    status_ = now;
  }
  if (on_result_) on_result_(now);
}

TwinStatus TwinWriter::status() const {
  std::lock_guard lock(mu_);
  return status_;
}

}  // namespace wresd
