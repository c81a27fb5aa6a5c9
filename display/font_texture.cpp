#define GL_GLEXT_PROTOTYPES 1
#include "font_texture.hpp"

#include <GL/gl.h>
#include <GL/glext.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>
#include <malloc.h>

namespace display {

FontTexture::~FontTexture() { release(); }

void FontTexture::release() {
  if (!id_) return;
  glDeleteTextures(1, &id_);
  id_ = 0;
  ImGui::GetIO().Fonts->SetTexID(nullptr);
}

void FontTexture::upload() {
  if (!backend_ready_) {
    // Create the backend's shader and buffers now (once), so its first NewFrame
    // does not upload its own RGBA atlas; then drop the texture it made.
    ImGui_ImplOpenGL3_CreateDeviceObjects();
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    backend_ready_ = true;
  }
  release();

  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  unsigned char* pixels = nullptr;
  int w = 0, h = 0;
  atlas->GetTexDataAsAlpha8(&pixels, &w, &h);
  GLint last = 0;
  glGetIntegerv(GL_TEXTURE_BINDING_2D, &last);
  glGenTextures(1, &id_);
  glBindTexture(GL_TEXTURE_2D, id_);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  // The backend's shader multiplies vertex colour by the texel: read the
  // single channel as (1, 1, 1, coverage), which is what the RGBA atlas held.
  const GLint swizzle[4] = {GL_ONE, GL_ONE, GL_ONE, GL_RED};
  glTexParameteriv(GL_TEXTURE_2D, GL_TEXTURE_SWIZZLE_RGBA, swizzle);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, w, h, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
  glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(last));
  atlas->SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(id_)));
  atlas->ClearTexData();
  malloc_trim(0);  // the atlas build's scratch memory goes back to the system, not the heap
}

}  // namespace display
