/* The ATA (IDE) disk driver: finds the disks on the two standard IDE
   channels and registers each as a block device (devices/block.h). */
#ifndef DEVICES_IDE_H
#define DEVICES_IDE_H

void ide_init (void);

#endif /* devices/ide.h */
