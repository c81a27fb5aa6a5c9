#pragma once
// Where frames go: the window's own framebuffer, or an offscreen framebuffer
// of a chosen size for screenshots (independent of any screen's size).
#include <string>
#include <vector>

namespace display {

class RenderTarget {
 public:
  ~RenderTarget();
  [[nodiscard]] bool make_offscreen(int width, int height);  // needs a current GL context
  [[nodiscard]] bool offscreen() const { return fbo_ != 0; }
  void bind() const;
  int width() const { return width_; }
  int height() const { return height_; }
  // RGB rows, top row first.
  std::vector<unsigned char> read_rgb(int width, int height) const;
  // The frame about to be presented (the window's back buffer, before the
  // swap), BGRA as GL gives it: bottom row first. Reuses `into`'s memory.
  static void read_back_bgra(int width, int height, std::vector<unsigned char>& into);

 private:
  unsigned fbo_ = 0, colour_ = 0;
  int width_ = 0, height_ = 0;
};

[[nodiscard]] bool write_png(const std::string& path, int width, int height, const std::vector<unsigned char>& rgb);

}  // namespace display
