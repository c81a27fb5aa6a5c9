// The QR code to the accessible twin (issue 31): with [twin] url set, every
// page of the real wall carries it, zbarimg (zbar-tools) reads the address
// back from the screenshot, also shrunk as a phone's camera sees a 40" 1080p
// panel from 2 m, and it covers none of the page's text or panels.
#include <gtest/gtest.h>

#include <stb/stb_image_resize.h>
#include <stb/stb_image_write.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "render_support.hpp"

using namespace wres::test;
namespace fs = std::filesystem;

namespace {

const std::string kUrl = "https://intranet.example.nhs.uk/wres";

// NSCHT's snapshot as the daemon would send it with [twin] url set.
std::string snapshot_with_url() {
  auto j = nlohmann::json::parse(slurp(snapshot_of("nscht")));
  j["twin_url"] = kUrl;
  std::string path = kShots + "/nscht-twin-url.json";
  std::ofstream(path) << j.dump();
  return path;
}

std::string decoded(const std::string& png) { return run("zbarimg --quiet --raw " + png).out; }

struct CodeBox {
  float x0 = 1e9f, y0 = 1e9f, x1 = -1, y1 = -1;
  bool meets(float x, float y, float w, float h) const { return x < x1 && x + w > x0 && y < y1 && y + h > y0; }
};

// Where the pure white pixels are: only the code's are (the wall's text is #f2f4f7).
CodeBox white_box(const Picture& p) {
  CodeBox b;
  for (int y = 0; y < p.h; ++y)
    for (int x = 0; x < p.w; ++x) {
      const unsigned char* px = &p.rgb[(static_cast<std::size_t>(y) * static_cast<std::size_t>(p.w) + x) * 3];
      if (px[0] == 255 && px[1] == 255 && px[2] == 255) {
        b.x0 = std::min(b.x0, static_cast<float>(x)), b.y0 = std::min(b.y0, static_cast<float>(y));
        b.x1 = std::max(b.x1, static_cast<float>(x + 1)), b.y1 = std::max(b.y1, static_cast<float>(y + 1));
      }
    }
  return b;
}

// The picture at `scale`, as a camera further away would see it.
std::string shrunk(const Picture& p, double scale, const std::string& png) {
  int w = static_cast<int>(p.w * scale), h = static_cast<int>(p.h * scale);
  std::vector<unsigned char> out(static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 3);
  stbir_resize_uint8(p.rgb.data(), p.w, p.h, 0, out.data(), w, h, 0, 3);
  stbi_write_png(png.c_str(), w, h, 3, out.data(), w * 3);
  return png;
}

}  // namespace

TEST(DisplayTwinCode, EveryPageCarriesTheCodeAPhoneReadsAndItCoversNothing) {
  ASSERT_EQ(std::system("command -v zbarimg >/dev/null"), 0)
      << "zbarimg is missing: scripts/setup.sh installs zbar-tools";
  const std::string snap = snapshot_with_url();
  for (const char* page : {"overview", "indicators", "plans", "representation", "targets", "measures"}) {
    std::string png = kShots + "/nscht-twin-code-" + page + ".png";
    auto r = render("--snapshot " + snap + " --page " + page, png);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(decoded(png), kUrl + "\n") << page;
    Picture p = load(png);
    // A 40" 1080p panel is 885 mm wide; a 12 MP phone camera (4000 px across 70 degrees)
    // at 2 m sees 2.8 m, so the panel at about 66% of its pixels.
    EXPECT_EQ(decoded(shrunk(p, 0.66, kShots + "/nscht-twin-code-2m.png")), kUrl + "\n") << page;
    std::string all;
    for (const auto& t : p.sidecar["texts"]) all += t.get<std::string>() + "\n";
    EXPECT_NE(all.find("Accessible version\nof this screen\nintranet.example.nhs.uk/wres\n"), std::string::npos)
        << page << ": " << all;
    CodeBox code = white_box(p);
    ASSERT_GT(code.x1, code.x0) << page << ": no code drawn";
    EXPECT_LT(code.y1, static_cast<float>(p.h) * 0.2f) << page << ": the code belongs in the header";
    for (const auto& t : p.sidecar["text_boxes"])
      EXPECT_FALSE(code.meets(t["x"], t["y"], t["w"], t["h"])) << page << ": the code covers '" << t["text"] << "'";
    for (const auto& q : p.sidecar["panels"])
      EXPECT_FALSE(code.meets(q[0], q[1], q[2], q[3])) << page << ": the code covers a panel";
  }
}

TEST(DisplayTwinCode, WithoutAnAddressThereIsNoCode) {
  std::string png = kShots + "/nscht-no-twin-code.png";
  ASSERT_EQ(render("--snapshot " + snapshot_of("nscht") + " --page overview", png).exit_code, 0);
  EXPECT_EQ(decoded(png), "");
  EXPECT_EQ(white_box(load(png)).x1, -1);
}
