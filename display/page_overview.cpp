// Overview: how each plan is doing and how each of the nine indicators moved,
// readable in five seconds from across the room.
#include <algorithm>
#include <cstdio>
#include <optional>
#include <tuple>

#include "pages.hpp"

namespace display {

namespace {

int changes_for(const wres::Snapshot& s, const std::string& plan) {
  return static_cast<int>(
      std::count_if(s.changes.begin(), s.changes.end(), [&](const wres::StatusChange& c) { return c.plan == plan; }));
}

// Shape, count and word for every mark present, most urgent first.
void card_legend(Canvas& c, const Rect& in, float y, const wres::PlanSummary& plan) {
  std::vector<std::pair<int, wres::Mark>> parts{{plan.counts.overdue, wres::Mark::overdue()}};
  for (wres::Status st : wres::statuses_by_urgency()) parts.emplace_back(plan.counts[st], st);
  float x = in.x;
  for (const auto& [n, mark] : parts) {
    if (n == 0) continue;
    Look look = mark_look(&plan, mark);
    std::string label = std::to_string(n) + " " + look.word;
    float need = c.fonts.small->FontSize * 1.2f + measure(c.fonts.small, label).x;
    if (x + need > in.right()) break;
    x += badge(c, c.fonts.small, x, y, {look.colour, look.shape, ""}, false) + c.s.u * 6;
    x += text(c, c.fonts.small, v2(x, y - c.fonts.small->FontSize / 2), colour::text, label) + c.s.gap * 1.1f;
  }
}

void plan_card(PageContext& p, const Rect& r, const wres::PlanSummary& plan) {
  Canvas& c = p.c;
  const Scale& s = c.s;
  panel(c, r);
  Rect in = r.inset(s.gap, s.gap * 0.8f);
  // The percentage only where most statuses are reported: else it would say 0% of what nobody reported.
  float pct_w = 0;
  if (wres::shows_percent(plan)) {
    std::string pct = wres::percent_text(plan.percent_complete);
    pct_w = measure(c.fonts.big, pct).x;
    text(c, c.fonts.big, v2(in.right() - pct_w, in.y - s.u * 8), colour::blue, pct);
    text_right(c, c.fonts.tiny, in.right(), in.y + c.fonts.big->FontSize * 0.95f, colour::muted, "complete");
  }
  float title_w = in.w - pct_w - (pct_w > 0 ? s.gap : 0);
  text(c, c.fonts.body_bold, v2(in.x, in.y), colour::text, fit(c.fonts.body_bold, plan.title, title_w));
  std::string sub = wres::plan_caption(plan, false);
  int changed = changes_for(p.snap, plan.id);
  if (changed) sub += "  \xC2\xB7  " + std::to_string(changed) + " changed this week";
  float sub_y = in.y + c.fonts.body_bold->FontSize * 1.3f;
  float used = text(c, c.fonts.small, v2(in.x, sub_y), colour::muted, fit(c.fonts.small, sub, title_w));
  std::string rep = wres::reported_phrase(plan, p.snap.rules.report_stale_days);
  float rep_x = in.x + used + s.gap;
  if (!rep.empty() && rep_x + measure(c.fonts.small, rep).x <= in.x + title_w)
    text(c, c.fonts.small, v2(rep_x, sub_y), plan.report_stale ? colour::orange : colour::muted, rep);
  float bar_y = in.y + c.fonts.big->FontSize * 1.45f;
  Rect bar{in.x, bar_y, in.w, std::round(34 * s.u)};
  state_bar(c, bar, plan);
  card_legend(c, in, bar.bottom() + s.gap * 0.6f + c.fonts.small->FontSize / 2, plan);
}

// The ones to chase, under the counts: longest overdue first when any are
// overdue, else what falls due soonest. Returns where the next line goes.
float chase_rows(PageContext& p, const Rect& in, float y, bool overdue, int keep_lines) {
  Canvas& c = p.c;
  float line = c.fonts.small->FontSize * 1.35f;
  const auto late = wres::actions_to_chase(p.snap, overdue);
  // As many as fit above the lines kept for this week's changes; the last line
  // says how many more (and that the Overdue page lists them, where the wall shows it).
  const int room = std::max(0, static_cast<int>((in.bottom() - y) / line) - keep_lines - 1);
  const int all = static_cast<int>(late.size());
  const int rows = all <= room ? all : std::max(0, room - 1);
  for (int i = 0; i < rows; ++i) {
    const auto [a, plan] = late[static_cast<std::size_t>(i)];
    std::string when = overdue ? late_text(a->days_overdue.value_or(0)) : due_in_short(a->days_left.value_or(0));
    if (!overdue && a->due_soon_unreported) when += " \xC2\xB7 not reported";
    float ww = measure(c.fonts.small, when).x;
    text(c, c.fonts.small, v2(in.x, y), colour::text, fit(c.fonts.small, a->id + "  " + a->title, in.w - ww - c.s.gap));
    // In the action's own plan's colours: never a colour its legend gives another meaning.
    ImU32 when_col = overdue ? mark_look(plan, wres::Mark::overdue()).colour : due_soon_colour(plan);
    text_right(c, c.fonts.small, in.right(), y, when_col, when);
    y += line;
  }
  if (rows < all && rows > 0) {
    const auto& pages = p.snap.display.usual.pages;  // name the page only where the wall shows it
    const bool shown = std::find(pages.begin(), pages.end(), "overdue") != pages.end();
    text(c, c.fonts.small, v2(in.x, y), colour::muted,
         "+ " + std::to_string(all - rows) + " more" + (shown ? " on the Overdue page" : ""));
    y += line;
  }
  return rows ? y + line * 0.4f : y;
}

// The status changes of the last changes_days days, newest first, as many as fit.
void change_rows(PageContext& p, const Rect& in, float y) {
  Canvas& c = p.c;
  float line = c.fonts.small->FontSize * 1.35f;
  int days = p.snap.display.changes_days;
  std::size_t n = p.snap.changes.size();
  text(
      c, c.fonts.small, v2(in.x, y), colour::muted,
      n ? std::to_string(n) + " status change" + (n == 1 ? "" : "s") + " in the last " + std::to_string(days) + " days:"
        : "No status changes in the last " + std::to_string(days) + " days");
  y += line;
  for (std::size_t i = 0; i < n && y + c.fonts.small->FontSize <= in.bottom(); ++i) {
    const wres::StatusChange& ch = p.snap.changes[i];
    const wres::PlanSummary* plan = find_plan(p.snap, ch.plan);
    Look to_look = mark_look(plan, ch.to);
    bool plain = ch.to.is(wres::Mark::Kind::none) || ch.to.is(wres::Mark::Kind::removed);  // a word, not a badge
    std::string to = plain ? wres::mark_word(ch.to) : to_look.word;
    float lx = in.x + text(c, c.fonts.small, v2(in.x, y), colour::muted, short_time(ch.at)) + c.s.gap;
    float to_w = c.fonts.small->FontSize * 1.2f + measure(c.fonts.small, to).x;
    text(c, c.fonts.small, v2(lx, y), colour::text,
         fit(c.fonts.small, ch.action + " " + ch.title, in.right() - lx - to_w - c.s.gap));
    if (plain)
      text_right(c, c.fonts.small, in.right(), y, colour::muted, to);
    else
      badge(c, c.fonts.small, in.right() - to_w, y + c.fonts.small->FontSize / 2, to_look);
    y += line;
  }
}

// What needs chasing and what moved this week, across all plans.
void attention_panel(PageContext& p, const Rect& r) {
  Canvas& c = p.c;
  const Scale& s = c.s;
  int overdue = 0, soon = 0, unreported = 0, quiet = 0;
  for (const auto& plan : p.snap.plans)
    for (const auto& a : plan.actions)
      overdue += a.overdue, soon += a.due_soon, unreported += a.due_soon_unreported, quiet += a.quiet;
  // A due date within the window is counted whatever was reported; how many of them had no status, said.
  std::string soon_word = "due in " + std::to_string(p.snap.rules.due_soon_days) + " days";
  if (unreported)
    soon_word += " \xC2\xB7 " + (unreported == soon + unreported ? std::string() : std::to_string(unreported) + " ") +
                 "status not reported";
  soon += unreported;
  panel(c, r);
  Rect in = r.inset(s.gap, s.gap * 0.8f);
  float mid = in.y + c.fonts.body->FontSize / 2, x = in.x;
  const std::tuple<int, Look, std::string> parts[] = {{overdue, overdue_look(), "overdue"},
                                                      {soon, Look{colour::orange, Shape::triangle, ""}, soon_word},
                                                      {quiet, Look{colour::grey, Shape::ring, ""}, "gone quiet"}};
  for (const auto& [n, look, word] : parts) {
    x += badge(c, c.fonts.body, x, mid, {look.colour, look.shape, ""}, false) + s.u * 8;
    x += text(c, c.fonts.body_bold, v2(x, in.y), n ? colour::text : colour::muted, std::to_string(n) + " " + word) +
         s.gap * 1.5f;
  }
  // This week's changes keep their heading and up to three lines.
  const int keep = 1 + static_cast<int>(std::min<std::size_t>(p.snap.changes.size(), 3));
  float y = chase_rows(p, in, in.y + c.fonts.body->FontSize * 1.6f, overdue > 0, keep);
  change_rows(p, in, y);
}

// In the percentage's place: a report's first mark counted ("12 ticked"), or that nobody reported.
std::string no_percent_word(const wres::PlanSummary& plan) {
  return plan.marks.empty() ? "not reported" : wres::marks_count(plan);
}

// One line a plan, for boards with more plans than cards fit: its state bar,
// title, overdue count and percent complete (or that nobody reported).
void plan_line(PageContext& p, const Rect& r, const wres::PlanSummary& plan, float pct_w, float late_w) {
  Canvas& c = p.c;
  const Scale& s = c.s;
  float mid = r.y + r.h / 2, font_top = mid - c.fonts.small->FontSize / 2;
  Rect bar{r.x, mid - r.h * 0.3f, std::round(std::min(r.w * 0.22f, 240 * s.u)), r.h * 0.6f};
  state_bar(c, bar, plan);
  float right = r.right();
  if (wres::shows_percent(plan))
    text_right(c, c.fonts.small, right, font_top, colour::blue, wres::percent_text(plan.percent_complete));
  else
    text_right(c, c.fonts.tiny, right, mid - c.fonts.tiny->FontSize / 2, colour::muted, no_percent_word(plan));
  right -= pct_w + s.gap;
  if (plan.counts.overdue > 0) {
    Look late = mark_look(&plan, wres::Mark::overdue());
    float x = right - late_w;  // a column: the counts line up under each other
    x += badge(c, c.fonts.small, x, mid, {late.colour, late.shape, ""}, false) + s.u * 6;
    text(c, c.fonts.small, v2(x, font_top), colour::text, std::to_string(plan.counts.overdue) + " overdue");
  }
  if (late_w > 0) right -= late_w + s.gap;
  float title_x = bar.right() + s.gap * 0.8f;
  text(c, c.fonts.small, v2(title_x, font_top), colour::text, fit(c.fonts.small, plan.title, right - title_x));
}

struct TableShape {
  int cols = 1, per_col = 1;
  float row_h = 0;
  int room() const { return cols * per_col; }
};

// Two columns where each keeps a readable title, rows a little tighter before
// any plan is left off.
TableShape table_shape(const Canvas& c, const Rect& list, int n) {
  const Scale& s = c.s;
  TableShape best;
  for (float spacing : {1.6f, 1.3f})
    for (int cols : {1, 2}) {
      if (cols == 2 && list.w < 860 * s.u) continue;  // each column keeps ~12 characters of title
      TableShape t{cols, 0, std::round(c.fonts.small->FontSize * spacing)};
      t.per_col = std::max(1, rows_that_fit(list.h, t.row_h, 0));
      if (t.room() >= n) return t;
      if (t.room() > best.room()) best = t;
    }
  return best;
}

// Every plan a line. When some cannot fit, the ones with most overdue come
// first and the rest are counted, with how many of theirs are overdue.
void plan_table(PageContext& p, const Rect& list, const TableShape& t) {
  Canvas& c = p.c;
  const Scale& s = c.s;
  int n = static_cast<int>(p.snap.plans.size());
  std::vector<const wres::PlanSummary*> order;
  for (const auto& plan : p.snap.plans) order.push_back(&plan);
  int shown = n > t.room() ? t.room() - 1 : n;  // leave a line to say how many more
  if (shown < n)
    std::stable_sort(order.begin(), order.end(),
                     [](auto* a, auto* b) { return a->counts.overdue > b->counts.overdue; });
  // Columns as wide as what they hold, so the titles keep the rest.
  float pct_w = 0, late_w = 0;
  for (int i = 0; i < shown; ++i) {
    const wres::PlanSummary& plan = *order[static_cast<std::size_t>(i)];
    pct_w = std::max(pct_w, wres::shows_percent(plan) ? measure(c.fonts.small, "100%").x
                                                      : measure(c.fonts.tiny, no_percent_word(plan)).x);
    if (plan.counts.overdue)
      late_w = std::max(late_w, measure(c.fonts.small, std::to_string(plan.counts.overdue) + " overdue").x +
                                    c.fonts.small->FontSize * 1.2f);
  }
  float col_gap = s.gap * 2, col_w = (list.w - col_gap * static_cast<float>(t.cols - 1)) / static_cast<float>(t.cols);
  auto cell = [&](int i) {
    return Rect{list.x + static_cast<float>(i / t.per_col) * (col_w + col_gap),
                list.y + static_cast<float>(i % t.per_col) * t.row_h, col_w, t.row_h};
  };
  for (int i = 0; i < shown; ++i) plan_line(p, cell(i), *order[static_cast<std::size_t>(i)], pct_w, late_w);
  if (shown == n) return;
  int late = 0;
  for (int i = shown; i < n; ++i) late += order[static_cast<std::size_t>(i)]->counts.overdue;
  Rect r = cell(shown);
  text(c, c.fonts.small, v2(r.x, r.y + (t.row_h - c.fonts.small->FontSize) / 2), colour::muted,
       fit(c.fonts.small,
           "+ " + std::to_string(n - shown) + " more plans (" +
               (late ? std::to_string(late) + " overdue" : std::string("none overdue")) + ") on the Plans page",
           r.w));
}

void plan_summaries(PageContext& p, const Rect& area) {
  Canvas& c = p.c;
  float card_h = std::round(178 * c.s.u);
  float attention_min = std::round(230 * c.s.u);
  int n = static_cast<int>(p.snap.plans.size());
  Rect list = area.below(heading_height(p.c));
  // Cards while every plan gets one (with the attention panel below if there
  // is room), else one line a plan: no plan drops off for the panel, which
  // the Overdue page repeats.
  bool cards = n == 0 || rows_that_fit(list.h, card_h, c.s.gap) >= n;
  float top = page_heading(p, area, "Action plans", cards ? "" : wres::plans_phrase(p.snap.plans));
  list = area.below(top);
  if (n == 0) {
    text(c, c.fonts.body, v2(list.x, list.y), colour::muted, "No action plans on this board.");
    return;
  }
  if (!cards) {
    // The attention panel only while every plan still gets its line: the
    // Overdue page says the same, and no plan may drop off the overview for it.
    Rect beside = list;
    beside.h -= attention_min + c.s.gap;
    TableShape with_panel = table_shape(c, beside, n);
    if (with_panel.room() >= n) {
      attention_panel(p, Rect{list.x, list.bottom() - attention_min, list.w, attention_min});
      plan_table(p, beside, with_panel);
    } else {
      plan_table(p, list, table_shape(c, list, n));
    }
    return;
  }
  // The attention panel follows the cards and takes the rest.
  float plans_h = static_cast<float>(n) * (card_h + c.s.gap);
  if (list.h - plans_h >= attention_min * 0.6f)  // its counts and a chase line or two
    attention_panel(p, Rect{list.x, list.y + plans_h, list.w, list.h - plans_h});
  for (int i = 0; i < n; ++i)
    plan_card(p, {list.x, list.y + static_cast<float>(i) * (card_h + c.s.gap), list.w, card_h},
              p.snap.plans[static_cast<std::size_t>(i)]);
}

// The arrow follows the value; the word beside it follows the trend.
int direction_of(const wres::IndicatorResult& r) {
  if (!r.delta || !r.previous || wres::same_as_shown(r.value, *r.previous)) return 0;
  return *r.delta > 0 ? 1 : -1;
}

// The one line under the trend: what most qualifies the figure.
std::string tile_note(const wres::IndicatorResult& r, const std::string& term, ImU32& col) {
  col = colour::muted;
  if (r.embargo && !r.figure_withheld()) return wres::embargo_text(*r.embargo);
  if (r.figure_withheld()) return "";
  if (r.small_numbers) {
    col = colour::orange;
    return "Few cases: interval spans parity";
  }
  if (std::string gap = wres::gap_phrase(r); !gap.empty()) return gap;
  // WRES 1 asks by band: the senior bands' share is the headline.
  if (std::string senior = wres::senior_phrase(r); !senior.empty()) return senior;
  for (const auto& c : r.comparators)
    if (c.value) return wres::comparator_phrase(r, c);
  if (r.favours) return wres::favours_phrase(r, term);
  return r.comparators.empty() ? "" : wres::comparator_phrase(r, r.comparators.front());
}

// A ring for "2", a pill for "4a(ii)": the number as the standard prints it.
// Returns where the label starts.
float tile_number(Canvas& c, const Rect& in, const wres::MetricSpec& info) {
  float nr = c.fonts.small->FontSize * 0.62f;
  const std::string number(wres::printed_number(info));
  if (number.empty()) return in.x;  // named, not numbered (pay gaps): no ring
  float nw = std::max(nr * 2, measure(c.fonts.small, number).x + nr);
  Rect ring{in.x, in.y, nw, nr * 2};
  c.dl->AddRect(v2(ring.x, ring.y), v2(ring.right(), ring.bottom()), colour::muted, nr, 0, std::max(1.5f, c.s.u * 2));
  text_centred(c, c.fonts.small, ring, colour::text, number);
  return in.x + nw + c.s.u * 10;
}

// The figure with its RAG stacked (shape over word) at its right; on a narrow
// or short tile the figure steps down a size, so that its trend and the noise
// line fit under it. Returns where the trend line goes.
float tile_figure(Canvas& c, const Rect& in, float vy, const wres::IndicatorResult& ind, const Look& rag) {
  float word_w = measure(c.fonts.small, rag.word).x, sr = c.fonts.small->FontSize * 0.36f;
  const std::string value = format_value(ind, ind.value);
  const float under = c.fonts.body_bold->FontSize * 1.2f + c.fonts.small->FontSize * 1.2f;
  const bool wide = measure(c.fonts.big, value).x + word_w + c.s.gap * 0.5f <= in.w;
  ImFont* vf = wide && vy + c.fonts.big->FontSize * 1.12f + under <= in.bottom() ? c.fonts.big : c.fonts.heading;
  text(c, vf, v2(in.x, vy), colour::text, value);
  float cx = in.right() - word_w / 2, top = vy + c.fonts.big->FontSize * 0.12f;
  draw_shape(c.dl, rag.shape, v2(cx, top + sr * 1.2f), sr * 1.15f, rag.colour);
  text(c, c.fonts.small, v2(in.right() - word_w, top + sr * 2.8f), rag.colour, rag.word);
  return vy + vf->FontSize * 1.12f;
}

// Under the trend word: its noise (`noise`), and from what figure, or why
// there is none to compare with.
std::string trend_line(const wres::IndicatorResult& ind, std::string noise, bool compared) {
  std::string sub = std::move(noise);
  if (compared) sub += (sub.empty() ? "" : " \xC2\xB7 ") + ("from " + format_value(ind, *ind.previous));
  if (ind.trend == wres::Trend::not_compared) sub = wres::delta_phrase(ind);
  if (ind.trend_withheld && ind.previous_year) sub = std::to_string(*ind.previous_year) + " withheld";
  if (ind.rolling_years == 2) sub = "two years pooled" + (sub.empty() ? "" : " \xC2\xB7 " + sub);
  return sub;
}

// trend_line as wide as `w` allows: the noise whole, else its short form, else without "from".
std::string fitted_trend_line(ImFont* f, const wres::IndicatorResult& ind, bool compared, float w) {
  std::string full = trend_line(ind, wres::noise_word(ind), compared);
  if (measure(f, full).x <= w) return full;
  std::string shorter = trend_line(ind, wres::noise_word_short(ind), compared);
  if (measure(f, shorter).x <= w || !compared) return shorter;
  return trend_line(ind, wres::noise_word_short(ind), false);
}

// The trend word (the arrow follows the value, the word what the move means),
// then whether the change is beyond noise and from what. On a short tile the
// noise goes beside the word, clear of the RAG word (`rag_w`), and a word
// that cannot have its noise with it is not shown at all. Returns where the
// tile's note may start, or nullopt when the tile is full.
std::optional<float> tile_trend(Canvas& c, const Rect& in, float ty, float rag_w, const wres::IndicatorResult& ind) {
  if (ty + c.fonts.body_bold->FontSize > in.bottom()) return std::nullopt;  // no room: say none rather than half
  Look trend = trend_look(ind.trend);
  const std::string word = wres::trend_heading(ind);
  // No arrow and no "from" for a year that is not compared (no cases in one group).
  const bool compared = ind.previous && ind.trend != wres::Trend::not_compared;
  float ah = c.fonts.body->FontSize * 0.75f, x = in.x + (compared ? ah + c.s.u * 10 : 0);
  std::string sub = wres::noise_word(ind);
  const float sy = ty + c.fonts.body_bold->FontSize * 1.2f, line = c.fonts.small->FontSize * 1.2f;
  ImFont* beside = nullptr;
  std::string said = " \xC2\xB7 " + sub;
  if (!sub.empty() && sy + line > in.bottom()) {
    float room = in.right() - rag_w - c.s.gap * 0.5f - x - measure(c.fonts.body_bold, word).x;
    // Whole in the small font or the tiny one, else its short form: never cut.
    for (const std::string& s : {said, " \xC2\xB7 " + wres::noise_word_short(ind)}) {
      for (ImFont* f : {c.fonts.small, c.fonts.tiny})
        if (!beside && measure(f, s).x <= room) beside = f, said = s;
    }
    if (!beside) return std::nullopt;
  }
  if (compared) arrow(c.dl, v2(in.x + ah / 2, ty + c.fonts.body->FontSize / 2), ah, direction_of(ind), trend.colour);
  float ww = text(c, c.fonts.body_bold, v2(x, ty), ind.trend_withheld ? colour::muted : trend.colour,
                  fit(c.fonts.body_bold, word, in.right() - x));
  if (beside) {
    text(c, beside, v2(x + ww, ty + (c.fonts.body_bold->FontSize - beside->FontSize) * 0.7f), colour::muted, said);
    return std::nullopt;
  }
  sub = fitted_trend_line(c.fonts.small, ind, compared, in.w);
  if (sub.empty()) return sy;
  if (sy + line <= in.bottom()) text(c, c.fonts.small, v2(in.x, sy), colour::muted, fit(c.fonts.small, sub, in.w));
  return sy + line;
}

// Bottom line: what qualifies the figure, in the small font where it fits,
// else the tiny one (wrapped if the tile has room), never cut mid-phrase.
void tile_note_lines(PageContext& p, const Rect& in, float used, const wres::IndicatorResult& ind) {
  Canvas& c = p.c;
  ImU32 note_col;
  std::string note = tile_note(ind, p.snap.term, note_col);
  if (note.empty() || in.bottom() - used < c.fonts.tiny->FontSize) return;
  ImFont* f = measure(c.fonts.small, note).x <= in.w ? c.fonts.small : c.fonts.tiny;
  float fl = f->FontSize * 1.2f;
  const int room = std::max(1, std::min(2, static_cast<int>((in.bottom() - used + (fl - f->FontSize)) / fl)));
  // Whole phrases or none: a tile too short for the last one says less ("National 2023: 1.12"), never "further …".
  auto lines = wrap(f, note, in.w, 0);
  for (auto dot = note.rfind(" \xC2\xB7 "); static_cast<int>(lines.size()) > room && dot != std::string::npos;
       dot = note.rfind(" \xC2\xB7 "))
    note.resize(dot), lines = wrap(f, note, in.w, 0);
  if (static_cast<int>(lines.size()) > room) return;
  float by = in.bottom() - fl * static_cast<float>(lines.size()) + (fl - f->FontSize);
  for (const auto& l : lines) text(c, f, v2(in.x, by), note_col, l), by += fl;
}

// A tile too short for a figure under its label (several families beside
// plans): one line, the label, then the figure and its RAG shape at the
// right; the bar at the left keeps the RAG colour, the shape keeps it apart
// from colour. "Withheld" or "No data" stand in the figure's place.
void compact_tile(PageContext& p, const Rect& r, const wres::MetricSpec& info, const wres::IndicatorResult* ind) {
  Canvas& c = p.c;
  const Scale& s = c.s;
  panel(c, r);
  Rect in = r.inset(s.gap * 0.9f, 0);
  const float mid = r.y + r.h / 2;
  Rect row{in.x, mid - c.fonts.small->FontSize * 0.62f, in.w, c.fonts.small->FontSize * 1.24f};
  const float label_x = tile_number(c, row, info);
  std::string figure = !ind ? "No data" : ind->figure_withheld() ? "Withheld" : format_value(*ind, ind->value);
  float right = in.right();
  if (ind && !ind->figure_withheld()) {
    Look rag = rag_look(ind->rag);
    c.dl->AddRectFilled(v2(r.x, r.y + s.radius), v2(r.x + std::round(6 * s.u), r.bottom() - s.radius), rag.colour);
    right -= c.fonts.small->FontSize * 1.1f;
    badge(c, c.fonts.small, right + c.fonts.small->FontSize * 0.2f, mid, {rag.colour, rag.shape, ""}, false);
  }
  const bool plain = ind && !ind->figure_withheld();
  ImFont* ff = plain ? c.fonts.body_bold : c.fonts.small;
  float fw = text_right(c, ff, right, mid - ff->FontSize / 2, plain ? colour::text : colour::muted, figure);
  const float room = right - fw - s.gap * 0.5f - label_x;
  if (room > c.fonts.small->FontSize * 2)  // no label rather than two dots
    text(c, c.fonts.small, v2(label_x, mid - c.fonts.small->FontSize / 2), plain ? colour::text : colour::muted,
         fit(c.fonts.small, info.label, room));
}

// A figure under the label needs this much height; below it, tiles are one line.
float full_tile_height(const Canvas& c) {
  return c.fonts.small->FontSize * 1.24f + c.fonts.big->FontSize * 0.8f + c.s.gap * 1.4f + c.s.u * 6;
}

void indicator_tile(PageContext& p, const Rect& r, const wres::MetricSpec& info, const wres::IndicatorResult* ind) {
  Canvas& c = p.c;
  const Scale& s = c.s;
  if (r.h < full_tile_height(c)) return compact_tile(p, r, info, ind);
  panel(c, r);
  Rect in = r.inset(s.gap * 0.9f, s.gap * 0.7f);
  const float nr = c.fonts.small->FontSize * 0.62f, label_x = tile_number(c, in, info);
  if (!ind) {
    text(c, c.fonts.small, v2(label_x, in.y), colour::muted, fit(c.fonts.small, info.label, in.right() - label_x));
    text(c, c.fonts.body, v2(in.x, in.y + r.h * 0.35f), colour::faint, "No data");
    return;
  }
  Look rag = rag_look(ind->rag);
  c.dl->AddRectFilled(v2(r.x, r.y + s.radius), v2(r.x + std::round(6 * s.u), r.bottom() - s.radius), rag.colour);
  std::string label = std::string(info.label) + wres::basis_suffix(*ind);
  text(c, c.fonts.small, v2(label_x, in.y + nr - c.fonts.small->FontSize / 2), colour::text,
       fit(c.fonts.small, label, in.right() - label_x));
  if (ind->figure_withheld()) {  // no number at all: say why (DESIGN 7.7)
    float wy = in.y + nr * 2 + s.u * 10;
    text(c, c.fonts.body_bold, v2(in.x, wy), colour::muted, "Withheld");
    for (const auto& l : wrap(c.fonts.small, ind->withheld, in.w, 2))
      wy += c.fonts.small->FontSize * 1.25f, text(c, c.fonts.small, v2(in.x, wy + s.u * 8), colour::muted, l);
    return;
  }
  float ty = tile_figure(c, in, in.y + nr * 2 + s.u * 6, *ind, rag);
  if (auto used = tile_trend(c, in, ty, measure(c.fonts.small, rag.word).x, *ind)) tile_note_lines(p, in, *used, *ind);
}

// Three across; five on a wide panel for a family of more than nine, and on
// a landscape panel shared by several families (every tile keeps some height).
// `area` is the whole of the families' area, so that each family's share and
// its grid are reckoned alike.
int tile_columns(int n, const Rect& area, bool shared, float u) {
  if ((n + 4) / 5 == (n + 2) / 3) return 3;  // five across would save no row
  if (n > 9 && area.w > area.h * 1.6f) return 5;
  return shared && area.w > area.h && area.w >= 1000 * u ? 5 : 3;
}

// One family's tiles: a heading with its latest year, then its metrics in a
// grid sized from the family (three across; five on a wide panel for more than nine).
void family_tiles(PageContext& p, const Rect& area, const wres::FamilySpec& f, int cols) {
  int year = 0;
  for (const auto& i : p.snap.indicators)
    if (&i.family() == &f) year = std::max(year, i.year);
  const std::string name = f.id == "wres" ? "WRES indicators" : std::string(f.title);
  const auto infos = shown_metrics(p.snap, f);
  const int n = static_cast<int>(infos.size());
  const int rows = (n + cols - 1) / cols;
  const float top = heading_height(p.c);
  auto cells = grid(area.below(top), cols, rows, p.c.s.gap);
  const bool one_line = !cells.empty() && cells[0].h < full_tile_height(p.c);  // no trend on a one-line tile
  page_heading(p, area, name + (year ? " " + std::to_string(year) : std::string()),
               one_line ? "RAG" : "RAG \xC2\xB7 trend since the year before");
  for (std::size_t i = 0; i < infos.size(); ++i)
    indicator_tile(p, cells[i], *infos[i], find_indicator(p.snap, *infos[i]));
}

// Every family the board has, each in a share of the area by its rows of tiles.
void indicator_tiles(PageContext& p, const Rect& area) {
  std::vector<const wres::FamilySpec*> present;
  for (const wres::FamilySpec* f : wres::all_families())
    if (has_family(p.snap, *f)) present.push_back(f);
  const bool shared = present.size() > 1;
  bool compact = false;  // one-line tiles want width for their labels: three across
  auto cols = [&](const wres::FamilySpec* f) {
    return compact ? 3 : tile_columns(static_cast<int>(shown_metrics(p.snap, *f).size()), area, shared, p.c.s.u);
  };
  // By rows of tiles (and a heading's worth each), so that every family's tiles are as tall.
  auto rows = [&](const wres::FamilySpec* f) {
    const int n = static_cast<int>(shown_metrics(p.snap, *f).size());
    return static_cast<float>((n + cols(f) - 1) / cols(f)) + 0.4f;
  };
  float all_rows = 0;
  for (const auto* f : present) all_rows += rows(f);
  const float heading = heading_height(p.c);
  compact = (area.h - heading * static_cast<float>(present.size())) / all_rows < full_tile_height(p.c) + p.c.s.gap;
  Rect rest = area;
  for (std::size_t i = 0; i < present.size(); ++i) {
    if (i + 1 == present.size()) {
      family_tiles(p, rest, *present[i], cols(present[i]));
      break;
    }
    float left = 0;
    for (std::size_t j = i; j < present.size(); ++j) left += rows(present[j]);
    auto [mine, others] = rest.split_y(rows(present[i]) / left, p.c.s.gap * 1.5f);
    family_tiles(p, mine, *present[i], cols(present[i]));
    rest = others;
  }
}

}  // namespace

void draw_overview(PageContext& p) {
  const Scale& s = p.c.s;
  // Beside the families, the measures whose latest month is special cause (DESIGN 9), on a line at the foot.
  if (const float strip = p.snap.indicators.empty() ? 0 : special_cause_strip_height(p); strip > 0) {
    special_cause_strip(p, Rect{p.area.x, p.area.bottom() - strip, p.area.w, strip});
    p.area.h -= strip + s.gap * 0.5f;
  }
  // Portrait walls stack the two halves; landscape ones put them side by side.
  bool portrait = p.area.h > p.area.w;
  auto split = [&](float frac) {
    return portrait ? p.area.split_y(frac, s.gap * 1.5f) : p.area.split_x(frac, s.gap * 1.5f);
  };
  if (!p.snap.indicators.empty() && p.snap.plans.empty()) {
    indicator_tiles(p, p.area);  // no plans: the families have the whole page
  } else if (!p.snap.indicators.empty()) {
    auto [first, second] = split(portrait ? 0.42f : 0.40f);
    plan_summaries(p, first);
    indicator_tiles(p, second);
  } else if (!p.snap.measures.empty()) {
    auto [first, second] = split(0.55f);
    plan_summaries(p, first);
    draw_measures(p, second, true);
  } else {
    plan_summaries(p, p.area);
  }
}

}  // namespace display
