#pragma once
// Writes the accessible twin of the wall (DESIGN 10) on its own thread, so a
// slow or full disk never holds up the wall: each publish hands over the
// snapshot JSON the walls get; only the newest waiting one is written, and
// only when its content differs from what the folder holds. A failure is kept
// for `wresctl status` and the log, and never touches the wall.
#include <boost/asio/thread_pool.hpp>

#include <chrono>
#include <ctime>
#include <functional>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace wresd {

struct TwinStatus {
  std::string dir;       // empty: no twin is written
  std::string revision;  // of the files in the folder, from this run
  std::string written_at, error, failed_at;
  long long writes = 0, skipped = 0;  // written; unchanged so left alone
  [[nodiscard]] nlohmann::json to_json() const;
};

class TwinWriter {
 public:
  // `on_result` runs on the writer's thread after each attempt (the daemon posts it to its loop).
  // `quiet`: how long publishes must stop before the twin is written, so a run
  // of saves is written once, after the wall has them (the wall's path first).
  explicit TwinWriter(std::chrono::milliseconds quiet = std::chrono::milliseconds(200),
                      std::function<void(const TwinStatus&)> on_result = {});
  ~TwinWriter();
  // The snapshot now on the wall, for the twin in `dir` ("" writes none).
  void publish(std::shared_ptr<const std::string> snapshot_json, const std::string& dir);
  TwinStatus status() const;

 private:
  void drain();
  void write_one(const std::string& json, const std::string& dir);

  std::chrono::milliseconds quiet_;
  std::function<void(const TwinStatus&)> on_result_;
  long long generation_ = 0;  // publishes so far: a newer one during the quiet wait restarts it
  mutable std::mutex mu_;
  std::shared_ptr<const std::string> waiting_;
  std::string waiting_dir_;
  bool busy_ = false;
  TwinStatus status_;
  boost::asio::thread_pool thread_{1};
};

}  // namespace wresd
