/* Ending the machine: power off or reboot. */
#ifndef DEVICES_SHUTDOWN_H
#define DEVICES_SHUTDOWN_H

#include <debug.h>

void shutdown_power_off (void) NO_RETURN;
void shutdown_power_off_now (void) NO_RETURN;
void shutdown_reboot (void) NO_RETURN;

#endif /* devices/shutdown.h */
