/* Memory-mapped files: the mmap and munmap system calls. */
#ifdef SOLUTION_VM
#ifndef VM_MMAP_H
#define VM_MMAP_H


struct file;

int mmap_map (struct file *, void *addr);
void mmap_unmap (int mapid);
void mmap_unmap_all (void);

#endif /* vm/mmap.h */
#endif /* SOLUTION_VM */
