import { Module } from '@nestjs/common';

/** The privacy module: built in its own issue; registered now so the module map is complete. */
@Module({})
export class PrivacyModule {}
