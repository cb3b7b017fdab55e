/** Small helpers the generated model classes share, so that each class stays short. */
package dev.ecrgen.runtime.model;
