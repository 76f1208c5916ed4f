/**
 * What each analysis is asked: small records checked when made, each refusal a {@link
 * networth.engine.BadOptionException} whose message names the command line's option. Equal options
 * over one map version get the same (cached) answer.
 */
package networth.engine.options;
