import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { APP_CONFIG, ApiCredentialVerifier, type AppConfig } from '@ptc/platform';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { JwtStrategy } from './jwt.strategy.js';
import { PasswordService } from './password.service.js';
import { AdminSchoolContactsController, AdminSchoolSettingsController, OperatorSchoolContactsController, OperatorSchoolsController, SchoolController } from './schools.controller.js';
import { SchoolsService } from './schools.service.js';
import { School } from './school.entity.js';
import { User } from './user.entity.js';
import { PasswordReset } from './password-reset/password-reset.entity.js';
import { PasswordResetService } from './password-reset/password-reset.service.js';
import { UsersController } from './users.controller.js';
import { UsersService } from './users.service.js';
import { RecipientLanguages } from './recipient-languages.service.js';
import { SupportAttachment, SupportCase, SupportEntry } from './support/support.entities.js';
import { SupportService } from './support/support.service.js';
import { AdminSupportController, OperatorSupportController } from './support/support.controllers.js';
import { SupportRetentionJob } from './support/support-retention.job.js';
import { UserQueries } from './user.queries.js';
import { SupportQueries } from './support/support.queries.js';
import { ApiCredential } from './api-credentials/api-credential.entity.js';
import { ApiCredentialQueries } from './api-credentials/api-credential.queries.js';
import { ApiCredentialsService } from './api-credentials/api-credentials.service.js';
import { ApiCredentialsController, SchoolThirdPartiesController } from './api-credentials/api-credentials.controller.js';
import { SignInAttempt, SignInProvider } from './single-sign-on/single-sign-on.entities.js';
import { OpenIdProviders } from './single-sign-on/openid-providers.js';
import { SingleSignOnService } from './single-sign-on/single-sign-on.service.js';
import { SignInProviderQueries } from './single-sign-on/sign-in-provider.queries.js';
import { AdminSignInProviderController, SingleSignOnController } from './single-sign-on/single-sign-on.controllers.js';

/** Schools (tenants), users, login and tokens. */
@Module({
  imports: [
    MikroOrmModule.forFeature([School, User, PasswordReset, SupportCase, SupportEntry, SupportAttachment, ApiCredential, SignInProvider, SignInAttempt]),
    PassportModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        secret: config.jwt.secret,
        signOptions: { algorithm: 'HS256', expiresIn: config.jwt.ttlSeconds, issuer: config.jwt.issuer, audience: config.jwt.audience },
        verifyOptions: { algorithms: ['HS256'], issuer: config.jwt.issuer, audience: config.jwt.audience },
      }),
    }),
  ],
  controllers: [AuthController, UsersController, SchoolController, OperatorSchoolsController, AdminSchoolContactsController, OperatorSchoolContactsController, AdminSchoolSettingsController, OperatorSupportController, AdminSupportController, ApiCredentialsController, SchoolThirdPartiesController, AdminSignInProviderController, SingleSignOnController],
  providers: [AuthService, UsersService, UserQueries, SupportQueries, SchoolsService, PasswordService, JwtStrategy, PasswordResetService, RecipientLanguages, SupportService, SupportRetentionJob, ApiCredentialQueries, ApiCredentialsService, OpenIdProviders, SingleSignOnService, SignInProviderQueries, { provide: ApiCredentialVerifier, useExisting: ApiCredentialsService }],
  exports: [SingleSignOnService, SchoolsService, UsersService, PasswordResetService, RecipientLanguages, SupportService, SupportRetentionJob, ApiCredentialsService, ApiCredentialVerifier],
})
export class TenancyModule {}
