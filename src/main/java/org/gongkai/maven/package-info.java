/**
 * The Maven goals: thin adapters that turn parameters into a {@link org.gongkai.Gongkai} call and
 * its problems into the build log and a {@code MojoFailureException} (content problems) or
 * {@code MojoExecutionException} (faults). No logic of their own.
 */
package org.gongkai.maven;
