/** Demo data of the fictional county 阳光县, loaded into an empty database on first start. */
package org.yangguang.demo;
