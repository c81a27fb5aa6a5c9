// A compute file that reads the board file itself: the layer check must refuse it.
#include <boost/asio.hpp>
#include "wres/config/load.hpp"
