#pragma once

namespace chairside::app {

// The whole command line (README "Command line"): desktop, --headless, `user add`, `secret`, `backup`,
// `restore`, `seed-demo`.
// Returns the process exit code: 0 success, 1 failure, 2 usage error.
int run(int argc, char** argv);

} // namespace chairside::app
