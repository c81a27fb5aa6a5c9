#include "app.hpp"

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <malloc.h>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <memory>

#include <nlohmann/json.hpp>

#include "chrome.hpp"
#include "font_texture.hpp"
#include "fonts.hpp"
#include "frame_watch.hpp"
#include "glyph_set.hpp"
#include "link.hpp"
#include "pages.hpp"
#include "panel_power.hpp"
#include "presented_frame.hpp"
#include "render_target.hpp"
#include "schedule.hpp"
#include "watchdog.hpp"
#include "wres/model/clock.hpp"
#include "wres/model/page_schedule.hpp"
#include "wres/protocol/snapshot_json.hpp"
#include "wres/text/wall_fonts.hpp"

namespace display {

namespace {

double mono_seconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

struct Turn {
  const Page* page;
  int turn;     // of this page's visit: 0 .. turns_per_visit(screens) - 1
  int screens;  // how many different screens the page shows
  int seconds;  // how long this turn stays
};

class Wall {
 public:
  explicit Wall(const AppOptions& o) : o_(o) {}
  ~Wall();
  int run();

 private:
  bool open_window();
  std::optional<int> start_source();
  double show(int w, int h, std::time_t now, const std::vector<Turn>& all);
  void fit_fonts(int w, int h);
  std::vector<Turn> turns(int w, int h, const wres::PageSet& set);
  const wres::PageSet& pages_now(std::time_t now);
  void render(int w, int h, std::time_t now, const std::vector<Turn>& turns, std::size_t index, int screen, bool night);
  void update_from_link(std::time_t now);
  int take_screenshot(const std::vector<Turn>& turns, std::time_t now);
  nlohmann::json what_is_shown(const std::string& page, std::time_t now) const;
  void log_frame(const std::string& page, int screen, std::time_t now) const;
  void on_key(int key);
  void present(int w, int h, const std::string& page, int screen, std::time_t now, bool night);
  void prove(int w, int h, const std::string& page, int screen, std::time_t now, bool night);
  void set_panel(bool night);
  void keep_watchdog(double mono);

  AppOptions o_;
  GLFWwindow* win_ = nullptr;
  bool imgui_ready_ = false;
  RenderTarget target_;
  Fonts fonts_;
  FontTexture font_texture_;
  Scale scale_;
  std::optional<wres::Snapshot> snap_;
  WallStatus status_;
  std::unique_ptr<Link> link_;
  int manual_shift_ = 0;
  double rotation_start_ = 0;
  long window_ = -2;  // the [[display.schedule]] window in force (-1: none), to restart the rotation when it changes
  std::string last_signature_;      // what the frame on screen shows (see show())
  unsigned long snapshot_seq_ = 0;  // snapshots taken from the link: each may change the picture
  std::size_t shown_turn_ = SIZE_MAX;
  GlyphsNeeded glyphs_;           // the characters the snapshot needs beyond Latin-1
  unsigned long glyphs_seq_ = 0;  // snapshot_seq_ + 1 when glyphs_ was worked out
  std::time_t last_minute_ = -1;  // of the last frame presented
  FrameWatch watch_;
  Watchdog watchdog_;
  bool ready_sent_ = false;
  std::string watch_problem_;  // logged once per episode
  std::unique_ptr<PanelPower> panel_;
  wres::PanelControl panel_control_ = wres::PanelControl::automatic;
  std::optional<bool> panel_night_;  // what the panel was last set to
};

Wall::~Wall() {
  if (link_) link_->stop();  // before glfwTerminate: the thread wakes us through GLFW
  if (imgui_ready_) {
    font_texture_.release();
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
  }
  if (win_) glfwDestroyWindow(win_);
  glfwTerminate();
}

bool Wall::open_window() {
  glfwSetErrorCallback(
      [](int code, const char* what) { std::fprintf(stderr, "wres-display: GLFW %d: %s\n", code, what); });
  if (!glfwInit()) return false;
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  // ImGui draws with scissors only: no depth or stencil buffer (8 MB at 1080p).
  glfwWindowHint(GLFW_DEPTH_BITS, 0);
  glfwWindowHint(GLFW_STENCIL_BITS, 0);
  bool offscreen = !o_.screenshot.empty();
  GLFWmonitor* monitor = nullptr;
  int w = 1920, h = 1080;
  if (o_.windowed) {
    w = o_.windowed->first, h = o_.windowed->second;
  } else if (!offscreen) {
    int count = 0;
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    if (count > 0) {
      monitor = monitors[std::clamp(o_.monitor, 0, count - 1)];
      if (o_.monitor >= count)
        std::fprintf(stderr, "wres-display: no monitor %d; using monitor %d\n", o_.monitor, count - 1);
      const GLFWvidmode* mode = glfwGetVideoMode(monitor);
      w = mode->width, h = mode->height;
    }
  }
  if (offscreen) glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);
  win_ = glfwCreateWindow(offscreen ? 64 : w, offscreen ? 64 : h, "WRES Kiosk", monitor, nullptr);
  if (!win_) return false;
  glfwMakeContextCurrent(win_);
  glfwSwapInterval(1);
  if (!offscreen) glfwSetInputMode(win_, GLFW_CURSOR, GLFW_CURSOR_HIDDEN);
  glfwSetWindowUserPointer(win_, this);
  glfwSetKeyCallback(win_, [](GLFWwindow* window, int key, int, int action, int) {
    if (action == GLFW_PRESS) static_cast<Wall*>(glfwGetWindowUserPointer(window))->on_key(key);
  });
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // a kiosk keeps no state behind the admins' back
  io.LogFilename = nullptr;
  ImGui_ImplGlfw_InitForOpenGL(win_, false);
  ImGui_ImplOpenGL3_Init("#version 150");
  imgui_ready_ = true;
  if (offscreen && !target_.make_offscreen(w, h)) return false;
  return true;
}

void Wall::on_key(int key) {
  if (key == GLFW_KEY_RIGHT || key == GLFW_KEY_SPACE) ++manual_shift_;
  if (key == GLFW_KEY_LEFT) --manual_shift_;
  if ((key == GLFW_KEY_ESCAPE || key == GLFW_KEY_Q) && o_.windowed) glfwSetWindowShouldClose(win_, GLFW_TRUE);
  rotation_start_ = mono_seconds();  // a person is looking: give them the full turn
}

// Rebuilt for a new size, or for a snapshot with characters the atlas lacks
// (a Welsh name, an Urdu title): never a frame of boxes for text it could draw.
void Wall::fit_fonts(int w, int h) {
  Scale s = scale_for(w, h);
  if (snap_ && glyphs_seq_ != snapshot_seq_ + 1) {
    glyphs_ = glyphs_needed(wres::snapshot_to_json(*snap_));
    glyphs_seq_ = snapshot_seq_ + 1;
  }
  if (fonts_.body && s.u == fonts_.built_for_u && glyphs_ == fonts_.built_for_glyphs) return;
  scale_ = s;
  fonts_ = build_fonts(scale_, glyphs_);
  font_texture_.upload();
  malloc_trim(0);  // the font files read for the build (19 MB for CJK) go back
}

// The pages of the [[display.schedule]] window in force now, else [display]
// pages; a new window starts its rotation from its first page.
const wres::PageSet& Wall::pages_now(std::time_t now) {
  static const wres::PageSet kNone;
  if (!snap_) return kNone;
  std::tm tm{};
  localtime_r(&now, &tm);
  const int day = wres::day_from_tm_wday(tm.tm_wday), minute = tm.tm_hour * 60 + tm.tm_min;
  auto window = wres::window_at(snap_->display, day, minute);
  long index = window ? static_cast<long>(*window) : -1;
  if (index != window_ && window_ != -2) rotation_start_ = mono_seconds();
  window_ = index;
  return wres::pages_at(snap_->display, day, minute);
}

std::vector<Turn> Wall::turns(int w, int h, const wres::PageSet& set) {
  std::vector<Turn> out;
  const int rotate = snap_ ? snap_->display.rotate_seconds : wres::DisplaySettings{}.rotate_seconds;
  if (!snap_) return out;
  ImDrawList scratch(ImGui::GetDrawListSharedData());
  Canvas c{&scratch, fonts_, scale_};
  auto qr = twin_code(*snap_);
  ScreenLayout l = screen_layout(scale_, w, h, 0, 0, 0, qr ? qr_side(scale_, *qr) : 0);
  for (const auto& name : set.pages) {
    const Page* page = find_page(name);
    if (!page || !page->available(*snap_)) continue;
    PageContext probe{c, l.body, *snap_, 0, 0};
    int screens = std::max(1, page->screens(probe));
    for (int t = 0; t < turns_per_visit(screens); ++t)
      out.push_back({page, t, screens, wres::seconds_for(set, name, rotate)});
  }
  if (out.empty()) out.push_back({find_page("overview"), 0, 1, rotate});
  return out;
}

void Wall::render(int w, int h, std::time_t now, const std::vector<Turn>& turns, std::size_t index, int screen,
                  bool night) {
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(static_cast<float>(w), static_cast<float>(h));
  io.DisplayFramebufferScale = ImVec2(1, 1);
  ImGui::NewFrame();
  ImDrawList* dl = ImGui::GetBackgroundDrawList();
  Canvas c{dl, fonts_, scale_};
  if (!night) {
    dl->AddRectFilled(v2(0, 0), v2(static_cast<float>(w), static_cast<float>(h)), colour::background);
    Offset shift = pixel_shift(now, std::round(4 * scale_.u));
    if (!snap_) {
      draw_waiting(c, Rect{shift.x, shift.y, static_cast<float>(w), static_cast<float>(h)}, status_);
    } else {
      auto banners = banners_for(*snap_, status_, now);
      auto qr = twin_code(*snap_);  // the board's [twin] url: a few microseconds, on the frames drawn
      ScreenLayout l =
          screen_layout(scale_, w, h, banner_lines(banners), shift.x, shift.y, qr ? qr_side(scale_, *qr) : 0);
      draw_header(c, l.header, *snap_, now, qr ? &*qr : nullptr);
      std::vector<PageTab> tabs;
      for (std::size_t i = 0; i < turns.size(); ++i)
        if (turns[i].turn == 0) tabs.push_back({turns[i].page->title, turns[i].page == turns[index].page});
      draw_footer(c, l.footer, status_, tabs, now);
      draw_banners(c, l.banner, banners);
      dl->PushClipRect(v2(l.body.x - scale_.gap, l.body.y), v2(l.body.right() + scale_.gap, l.body.bottom()), true);
      PageContext pc{c, l.body, *snap_, now, screen};
      turns[index].page->draw(pc);
      dl->PopClipRect();
    }
  }
  ImGui::Render();
  if (target_.offscreen()) target_.bind();
  glViewport(0, 0, w, h);
  glClearColor(0, 0, 0, 1);  // night: black, the backlight's best case
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

void Wall::update_from_link(std::time_t now) {
  if (!link_) return;
  if (auto s = link_->take()) {
    snap_ = wres::keep_last_good(snap_, std::move(*s));
    status_.data_time = now;
    // Redraw for every snapshot, not only when its data changed: one that keeps
    // the last good data under new errors has the same data, and its banner
    // waited for the next timed redraw (up to a whole turn).
    ++snapshot_seq_;
  }
  LinkStatus ls = link_->status();
  status_.connected = ls.connected;
  status_.detail = ls.detail;
  if (ls.last_heard) status_.last_heard = ls.last_heard;
  int stale = o_.stale_seconds.value_or(snap_ ? snap_->display.stale_seconds : wres::DisplaySettings{}.stale_seconds);
  double since = status_.last_heard ? static_cast<double>(now - status_.last_heard) : 1e9;
  status_.freshness = freshness(snap_.has_value(), ls.refused, since, stale);
}

namespace {
const char* freshness_name(const WallStatus& s) {
  const char* names[] = {"waiting", "live", "stale", "refused"};
  return s.from_file ? "file" : names[static_cast<int>(s.freshness)];
}
}  // namespace

// The page, how fresh the data is and the banners over it.
nlohmann::json Wall::what_is_shown(const std::string& page, std::time_t now) const {
  nlohmann::json banners = nlohmann::json::array();
  if (snap_)
    for (const auto& b : banners_for(*snap_, status_, now))
      banners.push_back(b.title + (b.detail.empty() ? "" : ": " + b.detail));
  return {{"page", page}, {"freshness", freshness_name(status_)}, {"banners", std::move(banners)}};
}

namespace {
// The font atlas's size, for the sidecar: what a board's scripts cost.
nlohmann::json atlas_json(const ImFontAtlas& atlas) {
  int glyphs = 0;
  for (const ImFont* font : atlas.Fonts) glyphs += font->Glyphs.Size;
  return {{"width", atlas.TexWidth}, {"height", atlas.TexHeight}, {"glyphs", glyphs}};
}
}  // namespace

// One line a frame, with the wall-clock time it reached the screen (ms).
void Wall::log_frame(const std::string& page, int screen, std::time_t now) const {
  nlohmann::json line = what_is_shown(page, now);
  line["screen"] = screen;
  line["at_ms"] =
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
          .count();
  std::ofstream(o_.frame_log, std::ios::app) << line.dump() << "\n";
}

int Wall::take_screenshot(const std::vector<Turn>& turns, std::time_t now) {
  int w = target_.width(), h = target_.height();
  std::size_t index = 0;
  if (!o_.page.empty()) {
    if (!find_page(o_.page)) {
      std::fprintf(stderr, "wres-display: unknown page '%s'\n", o_.page.c_str());
      return 2;
    }
    auto it = std::find_if(turns.begin(), turns.end(), [&](const Turn& t) { return o_.page == t.page->name; });
    if (snap_ && it == turns.end()) {  // not in the pages of this hour: any page of the board will do
      const auto every = this->turns(w, h, wres::PageSet{});
      if (std::any_of(every.begin(), every.end(), [&](const Turn& t) { return o_.page == t.page->name; }))
        return take_screenshot(every, now);
    }
    if (snap_ && it == turns.end()) {
      std::fprintf(stderr, "wres-display: page '%s' has nothing to show for this board\n", o_.page.c_str());
      return 2;
    }
    if (it != turns.end()) index = static_cast<std::size_t>(it - turns.begin());
  }
  const int screens = turns.empty() ? 1 : turns[index].screens;
  if (o_.screen >= screens) {
    std::fprintf(stderr, "wres-display: --screen %d: this page has %d screen%s for this board (0 to %d)\n", o_.screen,
                 screens, screens == 1 ? "" : "s", screens - 1);
    return 2;
  }
  Drawing drawing;
  record_drawing(&drawing);
  render(w, h, now, turns, index, o_.screen, false);
  record_drawing(nullptr);
  auto rgb = target_.read_rgb(w, h);
  if (!write_png(o_.screenshot, w, h, rgb)) {
    std::fprintf(stderr, "wres-display: cannot write %s\n", o_.screenshot.c_str());
    return 1;
  }
  // A sidecar saying what was drawn, for tests and board papers.
  nlohmann::json side = what_is_shown(turns.empty() ? "waiting" : turns[index].page->name, now);
  side["width"] = w, side["height"] = h;
  side["screen"] = o_.screen, side["screens"] = screens;
  side["fonts"] = fonts_.faces_used;  // the faces the atlas was built from
  nlohmann::json missing = nlohmann::json::array();
  for (char32_t c : fonts_.missing) missing.push_back(wres::codepoint_name(c));
  side["drawn_as_box"] = missing;  // characters no font has
  side["atlas"] = atlas_json(*ImGui::GetIO().Fonts);
  nlohmann::json texts = nlohmann::json::array(), boxes = nlohmann::json::array(), panels = nlohmann::json::array();
  for (const auto& t : drawing.texts) {
    texts.push_back(t.text);
    boxes.push_back({{"text", t.text}, {"x", t.box.x}, {"y", t.box.y}, {"w", t.box.w}, {"h", t.box.h}});
    if (!t.visual.empty()) boxes.back()["visual"] = t.visual;
  }
  for (const auto& r : drawing.panels) panels.push_back({r.x, r.y, r.w, r.h});
  side["texts"] = texts;
  side["text_boxes"] = boxes;  // where each text went: the render tests check nothing is cut
  side["panels"] = panels;
  std::ofstream(o_.screenshot + ".json") << side.dump(2) << "\n";
  std::printf("%s: %s page, %dx%d\n", o_.screenshot.c_str(), side["page"].get<std::string>().c_str(), w, h);
  return 0;
}

// The first picture: a snapshot file (--snapshot), or the cache while the link
// to wresd starts. Returns an exit code when there is nothing to run on.
std::optional<int> Wall::start_source() {
  status_.socket_path = o_.socket_path;
  if (!o_.snapshot_file.empty()) {
    std::time_t saved = 0;
    snap_ = load_snapshot_cache(o_.snapshot_file, &saved);
    if (!snap_) {
      std::fprintf(stderr, "wres-display: %s is not a readable snapshot (wresctl snapshot --json writes one)\n",
                   o_.snapshot_file.c_str());
      return 2;
    }
    status_.from_file = true, status_.freshness = Freshness::live, status_.data_time = saved;
    return std::nullopt;
  }
  if (o_.cache && !o_.cache_path.empty()) {
    std::time_t saved = 0;
    if ((snap_ = load_snapshot_cache(o_.cache_path, &saved))) status_.data_time = saved, status_.last_heard = saved;
  }
  link_ = std::make_unique<Link>(o_.socket_path, o_.cache ? o_.cache_path : "", [] { glfwPostEmptyEvent(); });
  link_->start();
  return std::nullopt;
}

int Wall::run() {
  if (!open_window()) {
    std::fprintf(stderr, "wres-display: cannot open a window with OpenGL 3.3 (is there a display? try xvfb-run)\n");
    return 1;
  }
  if (auto rc = start_source()) return *rc;
  const bool screenshot = !o_.screenshot.empty();
  const double deadline = mono_seconds() + (o_.screenshot_after > 0 ? o_.screenshot_after : 10.0);
  rotation_start_ = mono_seconds();
  for (;;) {
    std::time_t now = std::time(nullptr);
    update_from_link(now);
    int w = 0, h = 0;
    if (target_.offscreen())
      w = target_.width(), h = target_.height();
    else
      glfwGetFramebufferSize(win_, &w, &h);
    if (w <= 0 || h <= 0) {  // minimised
      glfwWaitEvents();
      continue;
    }
    fit_fonts(w, h);
    auto all = turns(w, h, pages_now(now));
    if (screenshot) {
      // --screenshot-after waits the whole time; otherwise the first picture will do.
      bool ready = mono_seconds() >= deadline || (o_.screenshot_after <= 0 && snap_.has_value());
      if (ready) return take_screenshot(all, now);
      glfwWaitEventsTimeout(0.1);
      continue;
    }
    if (glfwWindowShouldClose(win_)) return 0;
    glfwWaitEventsTimeout(std::max(0.05, show(w, h, now, all)));
  }
}

// Draws the frame if it would differ from the one on screen; returns how long
// to sleep until the next thing that changes the picture.
double Wall::show(int w, int h, std::time_t now, const std::vector<Turn>& all) {
  std::vector<int> seconds;
  for (const auto& t : all) seconds.push_back(t.seconds);
  PagePosition pos = page_at(seconds, mono_seconds() - rotation_start_);
  const int count = static_cast<int>(all.size());
  std::size_t index =
      all.empty() ? 0 : (pos.index + static_cast<std::size_t>(manual_shift_ % count + count)) % all.size();
  int screen = all.empty() ? 0 : screen_at(all[index].screens, all[index].turn, pos.cycle);
  std::tm tm{};
  localtime_r(&now, &tm);
  int second_of_day = tm.tm_hour * 3600 + tm.tm_min * 60 + tm.tm_sec;
  bool night = snap_ && is_night(snap_->display.night, second_of_day / 60);
  Offset shift = pixel_shift(now, std::round(4 * scale_.u));
  std::string signature = std::to_string(w) + "x" + std::to_string(h) + "|" + std::to_string(now / 60) + "|" +
                          std::to_string(index) + "/" + std::to_string(screen) + "|" + std::to_string(night) + "|" +
                          std::to_string(shift.x) + "," + std::to_string(shift.y) + "|" +
                          std::to_string(static_cast<int>(status_.freshness)) + std::to_string(status_.connected) +
                          "|" + std::to_string(snapshot_seq_);
  set_panel(night);
  if (signature != last_signature_ || index != shown_turn_) {
    render(w, h, now, all, index, screen, night);
    present(w, h, all.empty() || !snap_ ? "waiting" : all[index].page->name, screen, now, night);
    last_signature_ = signature, shown_turn_ = index;
  }
  keep_watchdog(mono_seconds());
  double wait = std::min(
      {pos.seconds_left + 0.01, 60.0 - static_cast<double>(now % 60), static_cast<double>(seconds_to_next_shift(now))});
  if (auto n = seconds_to_night_change(snap_ ? snap_->display.night : std::nullopt, second_of_day))
    wait = std::min(wait, static_cast<double>(*n));
  int stale = o_.stale_seconds.value_or(snap_ ? snap_->display.stale_seconds : wres::DisplaySettings{}.stale_seconds);
  if (status_.last_heard && status_.freshness == Freshness::live)
    wait = std::min(wait, static_cast<double>(status_.last_heard + stale - now) + 1.0);
  if (watchdog_.enabled()) wait = std::min(wait, watchdog_.interval() / 4);
  return wait;
}

void Wall::present(int w, int h, const std::string& page, int screen, std::time_t now, bool night) {
  if (link_) prove(w, h, page, screen, now, night);  // before the swap: the back buffer is what goes up
  glfwSwapBuffers(win_);
  malloc_trim(0);  // a frame's scratch (draw lists, shader JIT) goes back; it runs for months
  if (!o_.frame_log.empty()) log_frame(page, screen, now);
  if (!ready_sent_) watchdog_.ready(), ready_sent_ = true;
}

// Reads the frame back, hashes it and hands it to the link: wresd learns what
// is on screen, and wresctl screenshot gets these very pixels.
void Wall::prove(int w, int h, const std::string& page, int screen, std::time_t now, bool night) {
  // One frame's pixels, passed back and forth with the link; a second only
  // while the link is encoding the last one for a screenshot.
  auto slot = link_->reclaim();
  if (!slot) slot = std::make_shared<PresentedFrame>();
  PresentedFrame& f = *slot;
  RenderTarget::read_back_bgra(w, h, f.bgra);
  f.width = w, f.height = h;
  f.report = {.wall = o_.wall_name,
              .page = page,
              .screen = screen,
              .revision = link_->taken_revision(),
              .at = wres::local_timestamp(now),
              .at_unix = now,
              .hash = pixel_hash(f.bgra),
              .width = w,
              .height = h,
              .night = night,
              .panel = night && panel_ ? panel_->state() : wres::PanelState::on,
              .freshness = freshness_name(status_)};
  // The clock on the header moves every minute: such a frame cannot repeat the last.
  const bool clock_moved = snap_ && !night && last_minute_ >= 0 && now / 60 != last_minute_;
  watch_.presented(mono_seconds(), f.report.hash, clock_moved);
  last_minute_ = now / 60;
  link_->shown(std::move(slot));
}

// Standby at night where the panel can, else black (drawn by render()).
void Wall::set_panel(bool night) {
  const auto control = snap_ ? snap_->display.panel : wres::PanelControl::automatic;
  if (!panel_ || control != panel_control_) {
    if (panel_ && panel_night_ == true) panel_->set_night(false);  // the old way wakes what it put to sleep
    const bool full_screen = !o_.windowed && o_.screenshot.empty() && o_.snapshot_file.empty();
    panel_ = full_screen ? make_panel_power(control) : std::make_unique<BlackPanel>();
    panel_control_ = control;
    panel_night_.reset();
  }
  if (panel_night_ == night) return;
  panel_->set_night(night);
  panel_night_ = night;
}

// Pets only while frames keep coming and changing as the clock asks.
void Wall::keep_watchdog(double mono) {
  if (!watchdog_.enabled() || !link_) return;
  if (watch_.healthy(mono)) {
    watchdog_.pet(mono);
    watch_problem_.clear();
    return;
  }
  auto problem = watch_.problem(mono);
  if (watch_problem_.empty() && ready_sent_)
    std::fprintf(stderr, "wres-display: %s; no longer telling the watchdog all is well\n", problem.c_str());
  watch_problem_ = problem;
}

}  // namespace

int run_app(const AppOptions& o) {
  try {
    Wall wall(o);
    return wall.run();
  } catch (const std::exception& e) {
    std::fprintf(stderr, "wres-display: fatal: %s\n", e.what());
    return 1;
  }
}

}  // namespace display
