/**
 * The mailbox (政民互动): letters the public writes to the county head's mailbox (县长信箱) or a
 * department's — questions, suggestions, complaints, reports of wrongdoing — each with a number
 * and a query code the writer tracks it with.
 */
package org.yangguang.interaction.letter;
