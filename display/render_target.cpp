#define GL_GLEXT_PROTOTYPES 1
#include "render_target.hpp"

#include <algorithm>

#include <GL/gl.h>
#include <GL/glext.h>
#include <stb/stb_image_write.h>

namespace display {

RenderTarget::~RenderTarget() {
  if (fbo_) glDeleteFramebuffers(1, &fbo_);
  if (colour_) glDeleteRenderbuffers(1, &colour_);
}

bool RenderTarget::make_offscreen(int w, int h) {
  glGenFramebuffers(1, &fbo_);
  glGenRenderbuffers(1, &colour_);
  glBindRenderbuffer(GL_RENDERBUFFER, colour_);
  glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, w, h);
  glBindFramebuffer(GL_FRAMEBUFFER, fbo_);
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, colour_);
  bool ok = glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
  width_ = w, height_ = h;
  return ok;
}

void RenderTarget::bind() const { glBindFramebuffer(GL_FRAMEBUFFER, fbo_); }

std::vector<unsigned char> RenderTarget::read_rgb(int w, int h) const {
  std::vector<unsigned char> px(static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 3);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  if (!fbo_) glReadBuffer(GL_BACK);
  glReadPixels(0, 0, w, h, GL_RGB, GL_UNSIGNED_BYTE, px.data());
  // GL's first row is the bottom one.
  std::vector<unsigned char> flipped(px.size());
  std::size_t row = static_cast<std::size_t>(w) * 3;
  for (int y = 0; y < h; ++y)
    std::copy_n(px.begin() + static_cast<std::ptrdiff_t>(static_cast<std::size_t>(h - 1 - y) * row), row,
                flipped.begin() + static_cast<std::ptrdiff_t>(static_cast<std::size_t>(y) * row));
  return flipped;
}

void RenderTarget::read_back_bgra(int w, int h, std::vector<unsigned char>& into) {
  into.resize(static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 4);
  glPixelStorei(GL_PACK_ALIGNMENT, 4);
  glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
  glReadBuffer(GL_BACK);
  glReadPixels(0, 0, w, h, GL_BGRA, GL_UNSIGNED_BYTE, into.data());
}

bool write_png(const std::string& path, int w, int h, const std::vector<unsigned char>& rgb) {
  return stbi_write_png(path.c_str(), w, h, 3, rgb.data(), w * 3) != 0;
}

}  // namespace display
