#include "parser.hpp"

#include <glob.h>

#include <algorithm>
#include <filesystem>

#include "source_file.hpp"
#include "table_reader.hpp"

namespace wres::config {
namespace fs = std::filesystem;

namespace {

// Deep include chains are a mistake long before they are a stack problem.
constexpr std::size_t kMaxIncludeDepth = 16;

struct Walker {
  Diagnostics& diags;
  ParseOutput out;
  std::vector<std::string> stack;                       // canonical paths being parsed, for loop detection
  std::vector<std::pair<std::string, SourceLoc>> seen;  // canonical path, where first included

  void add_watch_dir(const std::string& dir) {
    if (std::find(out.watch_dirs.begin(), out.watch_dirs.end(), dir) == out.watch_dirs.end())
      out.watch_dirs.push_back(dir);
  }

  static std::string canonical(const std::string& p) {
    std::error_code ec;
    auto c = fs::weakly_canonical(p, ec);
    return ec ? p : c.string();
  }

  void parse_file(const std::string& path, const SourceLoc* included_from, const std::string* text);
  void account(const std::string& path, const std::string& content);
  void follow_includes(const toml::table& root, const std::string& path);
  void include_pattern(const std::string& pattern, const SourceLoc& at, const std::string& base_dir);
};

void Walker::account(const std::string& path, const std::string& content) {
  auto mix = [this](std::string_view bytes) {
    for (unsigned char c : bytes) out.content_hash = (out.content_hash ^ c) * 1099511628211ull;
    out.content_hash = (out.content_hash ^ 0xffu) * 1099511628211ull;  // separator
  };
  mix(path);
  mix(content);
  out.content_bytes += content.size();
  out.texts.push_back({path, content});
}

void Walker::parse_file(const std::string& path, const SourceLoc* included_from, const std::string* text) {
  std::string canon = canonical(path);
  out.read_paths.push_back(path);
  add_watch_dir(fs::path(path).parent_path().empty() ? "." : fs::path(path).parent_path().string());
  std::optional<std::string> content;
  if (text) {
    if (check_text(*text, path, diags)) content = *text;
  } else {
    content = read_source(path, path, diags);
  }
  if (!content) return;
  account(path, *content);
  toml::table root;
  try {
    root = toml::parse(*content, path);
  } catch (const toml::parse_error& e) {
    SourceLoc at = loc(e.source());
    if (at.file.empty()) at.file = path;
    diags.error(at, "TOML syntax: " + std::string(e.description()));
    return;
  }
  if (included_from && root.empty())
    diags.warning(*included_from, "include: '" + path +
                                      "' is empty (or only comments): nothing in it reaches the wall; "
                                      "was it saved?");
  stack.push_back(canon);
  const bool is_main = included_from == nullptr;
  out.files.push_back(ParsedFile{path, std::move(root), is_main});
  follow_includes(out.files.back().root, path);
  stack.pop_back();
}

void Walker::follow_includes(const toml::table& root, const std::string& path) {
  const toml::node* inc = root.get("include");
  if (!inc) return;
  std::string base = fs::path(path).parent_path().string();
  std::vector<const toml::node*> items;
  if (auto a = inc->as_array()) {
    for (const toml::node& e : *a) items.push_back(&e);
  } else {
    items.push_back(inc);
  }
  for (const toml::node* e : items) {
    auto s = e->as_string();
    if (!s) {
      diags.error(loc(*e), "include: expected a file name or pattern in quotes, got " + std::string(type_word(*e)));
      continue;
    }
    include_pattern(s->get(), loc(*e), base);
  }
}

void Walker::include_pattern(const std::string& pattern, const SourceLoc& at, const std::string& base_dir) {
  if (pattern.empty()) {
    diags.error(at, "include: empty file name");
    return;
  }
  fs::path full =
      fs::path(pattern).is_absolute() || base_dir.empty() ? fs::path(pattern) : fs::path(base_dir) / pattern;
  add_watch_dir(full.parent_path().empty() ? "." : full.parent_path().string());
  const bool wildcard = pattern.find_first_of("*?[") != std::string::npos;
  glob_t g{};
  int rc = ::glob(full.c_str(), 0, nullptr, &g);
  std::vector<std::string> matches;
  if (rc == 0)
    for (std::size_t i = 0; i < g.gl_pathc; ++i) matches.emplace_back(g.gl_pathv[i]);
  ::globfree(&g);
  std::sort(matches.begin(), matches.end());
  std::error_code ec;
  out.includes.push_back({pattern, full.string(), at, wildcard,
                          fs::is_directory(full.parent_path().empty() ? fs::path(".") : full.parent_path(), ec),
                          matches.size()});
  if (matches.empty() && !wildcard) {
    diags.error(at, "include: file '" + full.string() + "' does not exist");
    return;
  }
  for (const auto& m : matches) {
    std::string canon = canonical(m);
    if (std::find(stack.begin(), stack.end(), canon) != stack.end()) {
      diags.error(at, "include loop: '" + m +
                          "' is already being read (it includes itself, "
                          "directly or through other files)");
      continue;
    }
    auto dup = std::find_if(seen.begin(), seen.end(), [&](auto& p) { return p.first == canon; });
    if (dup != seen.end()) {
      diags.error(at, "include: '" + m + "' is already included at " + dup->second.file + ":" +
                          std::to_string(dup->second.line));
      continue;
    }
    if (stack.size() >= kMaxIncludeDepth) {
      diags.error(at, "include: nested more than " + std::to_string(kMaxIncludeDepth) + " files deep");
      return;
    }
    seen.emplace_back(canon, at);
    parse_file(m, &at, nullptr);
  }
}

}  // namespace

ParseOutput parse_with_includes(const std::string& main_path, Diagnostics& diags, const std::string* text) {
  Walker w{diags, {}, {}, {}};
  w.parse_file(main_path, nullptr, text);
  return std::move(w.out);
}

}  // namespace wres::config
