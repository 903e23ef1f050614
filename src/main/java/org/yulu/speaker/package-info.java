/** Speaker pages: everything one person said across all sources, and the list of speakers with their counts. */
package org.yulu.speaker;
