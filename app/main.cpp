#include "CommandLine.h"

int main(int argc, char** argv)
{
    return chairside::app::run(argc, argv);
}
