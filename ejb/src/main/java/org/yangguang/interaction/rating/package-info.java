/**
 * 好差评 (国办发〔2019〕51号; GB/T 39734/39735): the applicant rates each service event of a case
 * (受理, 办结) once, online with the query code or at the window with a clerk's help.
 */
package org.yangguang.interaction.rating;
