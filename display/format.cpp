// Every figure and phrase of time the pages draw (format.hpp says which is which).
#include "format.hpp"

#include <cstdio>
#include <ctime>

#include "wres/model/printf_text.hpp"
#include "wres/model/wording.hpp"

namespace display {

std::string format_value(const wres::IndicatorResult& r, double v) { return wres::format_figure(r.spec(), v); }

std::string format_date(const wres::Date& d) { return wres::format_day(d); }

std::string percent_one_place(double v) { return wres::detail::fmt("%.1f%%", v); }

std::string points_signed(double v) { return wres::detail::fmt("%+.1f pts", v); }

}  // namespace display
