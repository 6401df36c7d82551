/*
 * Arb's matrix exponential (FLINT ball arithmetic) timed on the matrix of bench/expm.ts, which
 * compiles this file where the headers are installed (Debian: libflint-arb-dev, or libflint-dev
 * from FLINT 3 on, where Arb is part of FLINT) and runs it once per round.
 *
 * stdin: n prec reps, then n*n decimal entries (row-major).
 * stdout: the median wall time of `reps` calls of arb_mat_exp and their mean CPU time, in ms, then per entry of e^A its ball as
 * "M E R F": midpoint M*2^E and radius R*2^F, exactly (integers), so the caller can check decimal
 * digits against the enclosure without rounding anything.
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#ifdef FLINT3
#include <flint/arb_mat.h>
#else
#include "arb_mat.h"
#endif
static double now(void){struct timespec t;clock_gettime(CLOCK_MONOTONIC,&t);return t.tv_sec*1e3+t.tv_nsec*1e-6;}
static double cpu(void){struct timespec t;clock_gettime(CLOCK_PROCESS_CPUTIME_ID,&t);return t.tv_sec*1e3+t.tv_nsec*1e-6;}
static int cmp(const void*a,const void*b){double x=*(double*)a,y=*(double*)b;return x<y?-1:x>y;}
int main(void){
  long n,prec,reps; if(scanf("%ld %ld %ld",&n,&prec,&reps)!=3) return 2;
  arb_mat_t A,B; arb_mat_init(A,n,n); arb_mat_init(B,n,n);
  char buf[4096];
  for(long i=0;i<n;i++)for(long j=0;j<n;j++){ if(scanf("%4095s",buf)!=1) return 2; if(arb_set_str(arb_mat_entry(A,i,j),buf,prec+64)) return 3; }
  double *t=malloc(sizeof(double)*reps);
  arb_mat_exp(B,A,prec);
  double c0=cpu();
  for(long r=0;r<reps;r++){double t0=now(); arb_mat_exp(B,A,prec); t[r]=now()-t0;}
  double c1=cpu();
  qsort(t,reps,sizeof(double),cmp);
  printf("%.6f %.6f\n",t[reps/2],(c1-c0)/reps);
  fmpz_t m,e; fmpz_init(m); fmpz_init(e); arf_t r; arf_init(r);
  for(long i=0;i<n;i++)for(long j=0;j<n;j++){
    arb_ptr x=arb_mat_entry(B,i,j);
    arf_get_fmpz_2exp(m,e,arb_midref(x)); char*s1=fmpz_get_str(NULL,10,m); char*s2=fmpz_get_str(NULL,10,e);
    arf_set_mag(r,arb_radref(x)); arf_get_fmpz_2exp(m,e,r); char*s3=fmpz_get_str(NULL,10,m); char*s4=fmpz_get_str(NULL,10,e);
    printf("%s %s %s %s\n",s1,s2,s3,s4); flint_free(s1);flint_free(s2);flint_free(s3);flint_free(s4);
  }
  return 0;
}
