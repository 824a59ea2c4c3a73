import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { BookingsModule } from '@ptc/bookings';
import { DirectoryModule } from '@ptc/directory';
import { LicensingModule } from '@ptc/licensing';
import { Clock, HttpExceptionFilter, JwtAuthGuard, PlatformModule, RateLimitGuard, SystemClock, type AppConfig } from '@ptc/platform';
import { PrivacyModule } from '@ptc/privacy';
import { TenancyModule } from '@ptc/tenancy';

/** The whole service: platform machinery plus one module per domain, talking through services and events. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, clock: Clock = new SystemClock()): DynamicModule {
    return {
      module: AppModule,
      imports: [PlatformModule.forRoot(config, clock), TenancyModule, DirectoryModule, BookingsModule, PrivacyModule, LicensingModule],
      providers: [
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        // After authentication, so a per-user limit knows the user.
        { provide: APP_GUARD, useClass: RateLimitGuard },
        { provide: APP_FILTER, useClass: HttpExceptionFilter },
      ],
    };
  }
}
