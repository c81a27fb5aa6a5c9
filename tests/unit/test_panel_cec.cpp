// The panel put to standby through cec-client, with stand-ins on disk: the
// render thread's calls return at once even when cec-client hangs, a wish
// overtaken by a newer one does not set the state, and closing the wall does
// not wait out a hung cec-client.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <chrono>
#include <fstream>
#include <functional>
#include <thread>

#include "panel_power.hpp"
#include "temp_dir.hpp"

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

namespace {

std::string stand_in(const wres::test::TempDir& d, const std::string& name, const std::string& body) {
  auto path = d.write(name, "#!/bin/sh\n" + body + "\n");
  ::chmod(path.c_str(), 0755);
  return path;
}

bool eventually(const std::function<bool()>& ok, std::chrono::milliseconds limit = 5000ms) {
  for (auto end = Clock::now() + limit; Clock::now() < end; std::this_thread::sleep_for(20ms))
    if (ok()) return true;
  return ok();
}

std::chrono::milliseconds since(Clock::time_point t) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - t);
}

}  // namespace

TEST(PanelCec, StandbyAtNightOnInTheDay) {
  wres::test::TempDir d;
  auto log = d.file("cec.log");
  auto panel = display::make_cec_panel(stand_in(d, "cec", "echo \"$* $(cat)\" >> " + log));
  panel->set_night(true);
  EXPECT_EQ(panel->state(), wres::PanelState::black);  // until cec-client has said yes
  EXPECT_TRUE(eventually([&] { return panel->state() == wres::PanelState::standby; }));
  panel->set_night(false);
  EXPECT_EQ(panel->state(), wres::PanelState::on);
  EXPECT_TRUE(eventually([&] {
    std::ifstream in(log);
    std::string all((std::istreambuf_iterator<char>(in)), {});
    return all == "-s -d 1 standby 0\n-s -d 1 on 0\n";
  }));
}

// A hung cec-client froze the render thread for 20 s at the next night
// change (issue 27): now every call returns at once, and the day's "on"
// is not overwritten by the night's late answer.
TEST(PanelCec, AHungCecClientNeverBlocksTheRenderThread) {
  wres::test::TempDir d;
  auto panel = display::make_cec_panel(stand_in(d, "cec", "cat >/dev/null; sleep 60"));
  auto t = Clock::now();
  panel->set_night(true);
  panel->set_night(false);
  panel->set_night(true);
  panel->set_night(false);
  EXPECT_LT(since(t), 500ms);
  EXPECT_EQ(panel->state(), wres::PanelState::on);
  t = Clock::now();
  panel.reset();  // the wall closing kills the hung child, not waits for it
  EXPECT_LT(since(t), 2000ms);
}

TEST(PanelCec, AFailingOrMissingCecClientLeavesTheNightBlack) {
  wres::test::TempDir d;
  auto failing = display::make_cec_panel(stand_in(d, "cec", "cat >/dev/null; touch " + d.file("ran") + "; exit 1"));
  failing->set_night(true);
  ASSERT_TRUE(eventually([&] { return std::ifstream(d.file("ran")).good(); }));
  std::this_thread::sleep_for(300ms);  // its answer has been read
  EXPECT_EQ(failing->state(), wres::PanelState::black);
  auto missing = display::make_cec_panel(d.file("no-such-cec-client"));
  missing->set_night(true);
  std::this_thread::sleep_for(300ms);
  EXPECT_EQ(missing->state(), wres::PanelState::black);
}
